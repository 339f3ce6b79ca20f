// `earshot demo` (`npm run demo`): Earshot on embedded SQLite with a seeded workspace, its
// channel accounts connected to the network simulator, and simulated customers posting,
// commenting and messaging on X, Facebook, Instagram and WhatsApp. Earshot reaches the
// simulator only through configuration (the API base URLs), as it would reach the platforms.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { createEarshot } from '../../app/earshot.ts';
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed.ts';
import { startDemoTraffic } from '../../demo/demo-traffic.ts';
import { seedDemoHistoryFor } from '../../demo/demo-bootstrap.ts';
import { NetworkSimulator } from '../../simulator/simulator.ts';
import { portNumber } from '../options.ts';
import { untilSignal } from './serve.ts';

function rate(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1000) throw new InvalidArgumentError(`--rate expects messages per second between 0 and 1000, got "${value}"`);
  return n;
}

export function registerDemoCommand(program: Command): void {
  program.command('demo')
    .description('Start Earshot on embedded SQLite with a seeded demo workspace and simulated social traffic')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)', portNumber)
    .option('--rate <perSecond>', 'simulated customer messages per second (0: none)', rate, 0.5)
    .option('--seed <n>', 'seed of the simulated traffic', (v) => Number.parseInt(v, 10), Date.now() % 100_000)
    .action(async (options: { port?: number; rate: number; seed: number }) => {
      const sim = new NetworkSimulator({ seed: options.seed });
      await sim.start();
      const config = loadConfig({ PORT: options.port, EARSHOT_LOG_LEVEL: 'warn', EARSHOT_X_API_URL: sim.apiUrls.x, EARSHOT_META_GRAPH_URL: sim.apiUrls.meta });
      const earshot = await createEarshot(config);
      const demo = await seedDemo(earshot.storage, earshot.clock);
      const history = await seedDemoHistoryFor(earshot.storage, earshot.clock, earshot.keyRing, demo);
      const url = await earshot.listen();
      const care = demo.teams.find((t) => t.kind === 'care') ?? null;
      console.log([
        '',
        `  Earshot demo is running: ${url}`,
        `  Workspace: ${demo.workspace.name} (${demo.created ? 'new' : 'existing'}, data in ${config.dataDir})`,
        `  API docs:  ${url}/api/docs`,
        ...(history > 0 ? [`  History:   ${history} past conversations over five weeks (dashboards, \`earshot forecast\`)`] : []),
        '',
        `  Sign in with any of these (password: ${DEMO_PASSWORD}):`,
        ...demo.logins.map(({ email, label }) => `    ${email.padEnd(24)} ${label}`),
        '',
        `  Simulated X, Facebook, Instagram and WhatsApp: ${sim.url} (admin: ${sim.url}/_admin/calls)`,
        options.rate > 0 ? `  Customers are writing, about ${options.rate} a second. New messages:` : '  No simulated traffic (--rate 0).',
        '',
      ].join('\n'));
      await startDemoTraffic(earshot, sim, { url: url.replace('localhost', '127.0.0.1'), workspaceId: demo.workspace.id, teamId: care?.id ?? null, perSecond: options.rate, seed: options.seed, print: (line) => console.log(line) });
      console.log('  Press Ctrl+C to stop.\n');
      await untilSignal(earshot);
      await sim.stop();
    });
}
