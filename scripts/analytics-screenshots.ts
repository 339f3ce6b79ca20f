// `npm run screenshots:analytics`: pictures of the analytics dashboard, a drill-down and the
// staffing plan, taken against the demo workspace with its five weeks of history, in a throwaway
// data directory, with the system's Chromium. Writes docs/screenshots/analytics-*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../src/config/config.ts';
import { createEarshot } from '../src/app/earshot.ts';
import { createLogger } from '../src/app/logger.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed.ts';
import { seedDemoHistoryFor } from '../src/demo/demo-bootstrap.ts';
import { formatLocalDate, localDayOf, timeZone } from '../src/core/calendar/index.ts';
import { chromiumPath, ensureWebBuilt, launchBrowser } from '../test/support/browser.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

if (!chromiumPath()) {
  console.error('npm run screenshots:analytics needs Chromium on PATH (apt-get install chromium)');
  process.exit(1);
}
ensureWebBuilt();
mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'earshot-screens-'));
const config = loadConfig({ PORT: 0, EARSHOT_LOG_LEVEL: 'silent', EARSHOT_DATA_DIR: dir }, {}, dir);
const earshot = await createEarshot(config, { logger: createLogger('silent') });
let browser: Browser | undefined;
try {
  const demo = await seedDemo(earshot.storage, earshot.clock);
  await seedDemoHistoryFor(earshot.storage, earshot.clock, earshot.keyRing, demo);
  const url = (await earshot.listen()).replace('localhost', '127.0.0.1');
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await context.request.post(`${url}/api/auth/login`, { data: { email: 'sam@acme.example', password: DEMO_PASSWORD } });
  const page = await context.newPage();
  const shoot = async (name: string, p: Page, fullPage = true) => {
    await p.waitForLoadState('networkidle').catch(() => {});
    await p.screenshot({ path: join(OUT, `${name}.png`), fullPage });
    console.log(`wrote docs/screenshots/${name}.png`);
  };

  // Tall enough for the whole page: the app scrolls inside its main region, not the window.
  await page.setViewportSize({ width: 1440, height: 2250 });
  await page.goto(`${url}/analytics`);
  await page.locator('.kpi').first().waitFor();
  await page.locator('.chart svg').first().waitFor();
  await shoot('analytics-dashboard', page);
  // The heatmap's busiest evening cell: the conversations behind it.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('link', { name: /^Tue 19:00/ }).click();
  await page.locator('table.drill tbody tr').first().waitFor();
  await shoot('analytics-drilldown', page, false);

  const zone = timeZone(String(demo.workspace.settings.timeZone ?? 'UTC'));
  const today = localDayOf(zone, Date.now());
  await page.setViewportSize({ width: 1440, height: 1750 });
  await page.goto(`${url}/analytics/staffing`);
  await page.locator('input[name="peak"]').fill('60');
  await page.locator('input[name="peakDays"]').fill(`${formatLocalDate(today + 3)}, ${formatLocalDate(today + 4)}`);
  await page.locator('input[name="vendorAgents"]').fill('4');
  await page.locator('input[name="days"]').fill('7');
  await page.getByRole('button', { name: 'Plan' }).click();
  await page.getByRole('heading', { name: 'Scenarios' }).waitFor({ timeout: 60_000 });
  await shoot('analytics-staffing', page);
} finally {
  await browser?.close();
  await earshot.close();
  rmSync(dir, { recursive: true, force: true });
}
