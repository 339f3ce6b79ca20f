// `earshot simulate`: the network simulator on its own — fake X and Meta platforms on loopback,
// for trying Earshot (or anything else) against realistic platforms without the internet. Point
// Earshot at it with EARSHOT_X_API_URL and EARSHOT_META_GRAPH_URL (both printed), connect
// accounts with --accounts or POST /_admin/accounts, and play traffic with --rate.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { NetworkSimulator, type SimAccount } from '../../simulator/simulator.ts';
import { portNumber, positiveInteger } from '../options.ts';
import { UsageError } from '../usage-error.ts';

function rate(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 10_000) throw new InvalidArgumentError(`--rate expects events per second between 0 and 10000, got "${value}"`);
  return n;
}

function readAccounts(file: string): SimAccount[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(parsed)) throw new Error('expected a JSON array of accounts');
    return parsed as SimAccount[];
  } catch (error) {
    throw new UsageError(`--accounts ${file}: ${(error as Error).message}`);
  }
}

export function registerSimulateCommand(program: Command): void {
  program.command('simulate')
    .description('Run the network simulator: fake X, Facebook, Instagram and WhatsApp on loopback')
    .option('-p, --port <port>', 'port to listen on', portNumber, 4100)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--seed <n>', 'seed for ids and traffic (same seed, same traffic)', positiveInteger('--seed'), 1)
    .option('--rate <perSecond>', 'play generated customer traffic at this average rate (0: none)', rate, 0)
    .option('--accounts <file>', 'JSON array of accounts to connect: {network, externalId, accessToken, webhook?: {url, secret, verifyToken}}')
    .action(async (options: { port: number; host: string; seed: number; rate: number; accounts?: string }) => {
      const sim = new NetworkSimulator({ seed: options.seed, host: options.host, port: options.port });
      const url = await sim.start();
      for (const account of options.accounts ? readAccounts(options.accounts) : []) await sim.connect(account);
      console.log([
        `Network simulator on ${url}`,
        `  EARSHOT_X_API_URL=${sim.apiUrls.x}`,
        `  EARSHOT_META_GRAPH_URL=${sim.apiUrls.meta}`,
        `  admin: ${url}/_admin/{accounts,inject,next-response,calls,deliveries,traffic}`,
      ].join('\n'));
      if (options.rate > 0 && sim.targets.size > 0) {
        sim.playTraffic({ seed: options.seed, perSecond: options.rate, onPublished: (a, id) => console.log(`${a.network.padEnd(9)} ${a.kind.padEnd(7)} @${a.author.handle} (${a.author.followers} followers): ${a.text.slice(0, 80)} [${id}]`) });
      }
      const report = setInterval(() => {
        const records = sim.deliverer.records;
        if (records.length > 0) console.log(`deliveries: ${records.length}, acknowledged ${records.filter((r) => r.acknowledgedAt !== null).length}, api calls ${sim.calls.length}`);
      }, 10_000);
      await new Promise<void>((resolve) => { process.once('SIGINT', resolve); process.once('SIGTERM', resolve); });
      clearInterval(report);
      await sim.stop();
    });
}
