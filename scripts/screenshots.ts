// `npm run screenshots`: pictures of the agent app for the README and docs/web.md, taken against
// the demo (seeded workspace, network simulator, live traffic) in a throwaway data directory,
// with the system's Chromium. Writes docs/screenshots/*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../src/config/config.ts';
import { createEarshot } from '../src/app/earshot.ts';
import { createLogger } from '../src/app/logger.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/demo/seed.ts';
import { startDemoTraffic } from '../src/demo/demo-traffic.ts';
import { NetworkSimulator } from '../src/simulator/simulator.ts';
import { chromiumPath, ensureWebBuilt, launchBrowser } from '../test/support/browser.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const MESSAGES = 60;

if (!chromiumPath()) {
  console.error('npm run screenshots needs Chromium on PATH (apt-get install chromium)');
  process.exit(1);
}
ensureWebBuilt();
mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'earshot-screens-'));
const sim = new NetworkSimulator({ seed: 7 });
await sim.start();
const config = loadConfig({ PORT: 0, EARSHOT_LOG_LEVEL: 'silent', EARSHOT_DATA_DIR: dir, EARSHOT_X_API_URL: sim.apiUrls.x, EARSHOT_META_GRAPH_URL: sim.apiUrls.meta }, {}, dir);
const earshot = await createEarshot(config, { logger: createLogger('silent') });
let browser: Browser | undefined;
try {
  const demo = await seedDemo(earshot.storage, earshot.clock);
  const url = (await earshot.listen()).replace('localhost', '127.0.0.1');
  const care = demo.teams.find((t) => t.kind === 'care') ?? null;
  let seen = 0;
  await startDemoTraffic(earshot, sim, { url, workspaceId: demo.workspace.id, teamId: care?.id ?? null, perSecond: 0, seed: 7, print: () => { seen++; } });
  sim.playTraffic({ seed: 7, perSecond: 30, count: MESSAGES });
  for (let i = 0; i < 600 && seen < MESSAGES * 0.9; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  await earshot.ingestion.settle();

  browser = await launchBrowser();
  const shoot = async (name: string, page: Page) => {
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`wrote docs/screenshots/${name}.png`);
  };
  const signIn = async (email: string, viewport = { width: 1440, height: 900 }) => {
    const context = await browser!.newContext({ viewport, deviceScaleFactor: 1 });
    await context.request.post(`${url}/api/auth/login`, { data: { email, password: DEMO_PASSWORD } });
    return context.newPage();
  };

  const sam = await signIn('sam@acme.example');
  await sam.goto(`${url}/inbox?view=all`);
  await sam.locator('.row').first().waitFor();
  await shoot('inbox', sam);
  // A public complaint, with the composer open on a public reply.
  const publicRow = sam.locator('.row', { has: sam.locator('.badge.public') }).first();
  await publicRow.click();
  await sam.locator('.message').first().waitFor();
  await sam.getByLabel('Reply', { exact: true }).fill('Hi! Sorry to hear that. Could you send us your booking reference in a DM? We\'ll sort it out right away.');
  await shoot('conversation', sam);
  await sam.locator('.contact').screenshot({ path: join(OUT, 'contact-panel.png') });
  console.log('wrote docs/screenshots/contact-panel.png');
  await sam.getByLabel('Reply', { exact: true }).fill('/');
  await sam.getByLabel('Reply', { exact: true }).press('End');
  await shoot('composer-canned', sam);

  const alex = await signIn('admin@acme.example');
  await alex.goto(`${url}/admin/channels`);
  await alex.getByRole('button', { name: /^Pause/ }).first().waitFor();
  await shoot('admin-channels', alex);
  await alex.goto(`${url}/admin/routing`);
  await alex.getByRole('heading', { name: 'Routing rules' }).waitFor();
  await shoot('admin-routing', alex);

  const phone = await signIn('ana@acme.example', { width: 390, height: 844 });
  await phone.goto(`${url}/inbox?view=all`);
  await phone.locator('.row').first().waitFor();
  await shoot('phone-inbox', phone);
  await phone.locator('.row').first().click();
  await phone.locator('.message').first().waitFor();
  await shoot('phone-conversation', phone);
} finally {
  await browser?.close();
  sim.stopTraffic();
  await earshot.close();
  await sim.stop();
  rmSync(dir, { recursive: true, force: true });
}
