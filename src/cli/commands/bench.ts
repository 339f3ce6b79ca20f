// `earshot bench <name>`: the project's own performance measurements. Each prints one JSON
// object as its last line, with the baseline it measured in the same run where it has one.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { benchStorage } from '../../bench/storage.bench.ts';
import { printReport } from '../../bench/report.ts';
import { benchIngest } from '../../bench/ingest.bench.ts';
import { benchSla } from '../../bench/sla.bench.ts';
import { benchRouting } from '../../bench/routing.bench.ts';
import { benchOutbox } from '../../bench/outbox.bench.ts';
import { benchAnalytics } from '../../bench/analytics.bench.ts';
import { benchInbox } from '../../bench/inbox.bench.ts';
import { positiveInteger } from '../options.ts';

export function registerBenchCommand(program: Command): void {
  const bench = program.command('bench').description('Measure performance against the targets in PRODUCT.md');

  bench.command('storage')
    .description('Repository inserts vs the bare driver, single and 100-row batches (SQLite, or PostgreSQL with DATABASE_URL)')
    .option('--json', 'print only the JSON result line')
    .option('--rows <n>', 'single-insert rows per phase', positiveInteger('--rows'), 20000)
    .action(async (options: { json?: boolean; rows: number }) => {
      const config = loadConfig();
      printReport(await benchStorage({ rows: options.rows, database: config.database }), options.json === true);
    });

  bench.command('ingest')
    .description('Webhooks through the whole pipeline: its own server (temporary SQLite), simulator and load generator; a no-op Fastify baseline in the same run')
    .option('--json', 'print only the JSON result line')
    .option('--events <n>', 'deliveries in the throughput burst (and the baseline)', positiveInteger('--events'), 20000)
    .option('--rate <n>', 'deliveries per second in the latency phase', positiveInteger('--rate'), 1000)
    .option('--seconds <n>', 'length of the latency phase', positiveInteger('--seconds'), 5)
    .option('--concurrency <n>', 'deliveries in flight in the burst and the baseline', positiveInteger('--concurrency'), 64)
    .action(async (options: { json?: boolean; events: number; rate: number; seconds: number; concurrency: number }) => {
      const report = await benchIngest({ ...options, progress: (line) => { if (!options.json) console.log(line); } });
      printReport(report, options.json === true);
    });

  bench.command('outbox')
    .description('Replies through the network simulator with its rate limits on: sent per second, limit violations and duplicates (both counted by the simulator), queued-to-accepted latency under the limit')
    .option('--json', 'print only the JSON result line')
    .option('--requests <n>', 'per account: calls allowed in each window', positiveInteger('--requests'), 40)
    .option('--window-ms <n>', 'the rate-limit window', positiveInteger('--window-ms'), 2000)
    .option('--backlog <n>', 'replies in the throughput phase', positiveInteger('--backlog'), 1000)
    .option('--seconds <n>', 'length of the latency phase', positiveInteger('--seconds'), 10)
    .action(async (options: { json?: boolean; requests: number; windowMs: number; backlog: number; seconds: number }) => {
      const report = await benchOutbox({ ...options, progress: (line) => { if (!options.json) console.log(line); } });
      printReport(report, options.json === true);
    });

  bench.command('sla')
    .description('SLA deadlines through the real scheduling and breach path: fire error (how late each timer ran) and rate')
    .option('--json', 'print only the JSON result line')
    .option('--deadlines <n>', 'deadlines to schedule', positiveInteger('--deadlines'), 100_000)
    .option('--window-ms <n>', 'the deadlines are spread evenly over this window', positiveInteger('--window-ms'), 10_000)
    .option('--concurrency <n>', 'job handlers running at once (default: EARSHOT_JOB_CONCURRENCY)', positiveInteger('--concurrency'))
    .addOption(new Option('--handler <kind>', 'timer: the engine fires each breach timer; breach: the real breach handler runs for each (its throughput, not the engine, then sets the pace)').choices(['breach', 'timer']).default('timer'))
    .action(async (options: { json?: boolean; deadlines: number; windowMs: number; concurrency?: number; handler: 'breach' | 'timer' }) => {
      const config = loadConfig();
      const log = options.json ? undefined : (line: string) => console.log(line);
      printReport(await benchSla({
        deadlines: options.deadlines, windowMs: options.windowMs, concurrency: options.concurrency ?? config.jobConcurrency, handler: options.handler,
        database: config.database, ...(log ? { log } : {}),
      }), options.json === true);
    });

  bench.command('routing')
    .description('Routing decisions with 50 rules and 200 agents: in memory (rules + agent choice), and through storage (the ingestion hook + the drain)')
    .option('--json', 'print only the JSON result line')
    .option('--decisions <n>', 'in-memory decisions', positiveInteger('--decisions'), 50_000)
    .option('--stored <n>', 'decisions through storage', positiveInteger('--stored'), 2_000)
    .option('--agents <n>', 'agents in the team', positiveInteger('--agents'), 200)
    .action(async (options: { json?: boolean; decisions: number; stored: number; agents: number }) => {
      const config = loadConfig();
      printReport(await benchRouting({ decisions: options.decisions, storedDecisions: options.stored, agents: options.agents, database: config.database }), options.json === true);
    });

  bench.command('analytics')
    .description('The full dashboard\'s queries over a workspace of 1M conversations (temporary SQLite), p95 against 200 ms; baseline: KPIs recomputed from the raw facts in the same run')
    .option('--json', 'print only the JSON result line')
    .option('--conversations <n>', 'conversations in the workspace', positiveInteger('--conversations'), 1_000_000)
    .option('--days <n>', 'days of history they span', positiveInteger('--days'), 365)
    .option('--iterations <n>', 'dashboard loads to time', positiveInteger('--iterations'), 60)
    .action(async (options: { json?: boolean; conversations: number; days: number; iterations: number }) => {
      const report = await benchAnalytics({ ...options, progress: (line) => { if (!options.json) console.log(line); } });
      printReport(report, options.json === true);
    });

  bench.command('inbox')
    .description('Inbox views, conversation open and search on a seeded workspace (default 1M conversations, ~10M messages): p50/p95 against a primary-key read in the same run')
    .option('--json', 'print only the JSON result line')
    .option('--conversations <n>', 'conversations to seed', positiveInteger('--conversations'), 1_000_000)
    .option('--messages-per-conversation <n>', 'average messages per conversation', positiveInteger('--messages-per-conversation'), 10)
    .option('--database <url>', 'a postgres:// URL (a temporary database is created there); default a temporary SQLite file')
    .option('--file <path>', 'SQLite: seed into this file and keep it; an already seeded file is reused')
    .option('--samples <n>', 'timed requests per measurement', positiveInteger('--samples'), 300)
    .action(async (options: { json?: boolean; conversations: number; messagesPerConversation: number; database?: string; file?: string; samples: number }) => {
      const config = loadConfig();
      const postgresUrl = options.database ?? (config.database.kind === 'postgres' ? config.database.url : undefined);
      if (postgresUrl !== undefined && !/^postgres(ql)?:\/\//.test(postgresUrl)) throw new InvalidArgumentError('--database expects a postgres:// URL');
      printReport(await benchInbox({
        conversations: options.conversations, messagesPerConversation: options.messagesPerConversation, postgresUrl, file: options.file,
        samples: options.samples, ...(options.json ? {} : { log: (line: string) => console.log(line) }),
      }), options.json === true);
    });
}
