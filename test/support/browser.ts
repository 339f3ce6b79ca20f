// A real browser for end-to-end tests: the system's Chromium driven by playwright-core (which
// downloads nothing). Without Chromium the browser suites skip with a message, unless CI=true,
// where a missing browser fails the run. axe-core checks accessibility inside the page.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

export function chromiumPath(): string | null {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not installed under this name
    }
  }
  return null;
}

/** Why the browser suites cannot run here, or null when they can. Throws on CI without Chromium. */
export function browserSkipReason(): string | null {
  if (chromiumPath()) return null;
  if (process.env.CI === 'true') throw new Error('CI=true but no chromium on PATH: install it (apt-get install chromium)');
  return 'no chromium on PATH (apt-get install chromium); browser tests skipped';
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** The agent app must be built before the server starts (it reads web/dist once). */
export function ensureWebBuilt(): void {
  if (existsSync(`${ROOT}/web/dist/index.html`)) return;
  const result = spawnSync(process.execPath, [require.resolve('vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the web app failed');
}

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }

/** Serious and critical accessibility violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = (require('axe-core') as { source: string }).source;
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses injected script tags.
  await page.evaluate(source);
  // Page-side code as text: this file is type-checked without the DOM library.
  const violations = await page.evaluate<AxeViolation[]>("axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)");
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
