// `earshot forecast`: the staffing plan the API gives, from the command line. It brings the
// rollups up to date, forecasts inbound volume per 30 minutes from the workspace's history, and
// prints agents needed against the roster, day by day, with scenarios; the last line is one JSON
// object (intervals with start, volume, agents_needed; the back-test's wape; the method).
import { InvalidArgumentError, type Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { systemClock } from '../../core/clock.ts';
import { formatLocalDate, localDayOf, parseLocalDate, timeZone } from '../../core/calendar/index.ts';
import { Storage } from '../../storage/storage.ts';
import { findWorkspaceBySlug } from '../../storage/repositories/workspaces.repository.ts';
import { RollupWorker } from '../../analytics/rollups/rollup-worker.ts';
import { staffingPlan, staffingRequestSchema, type StaffingPlan, type StaffingRequest } from '../../analytics/staffing.service.ts';
import { DEMO_SLUG } from '../../demo/seed.ts';
import { seedDemoEverything } from '../../demo/demo-bootstrap.ts';
import { loadKeyRing } from '../../security/key-file.ts';
import { positiveInteger } from '../options.ts';
import { UsageError } from '../usage-error.ts';

function share(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n >= 1) throw new InvalidArgumentError(`${flag} expects a share between 0 and 1 (e.g. 0.3), got "${value}"`);
    return n;
  };
}

function positive(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${flag} expects a positive number, got "${value}"`);
    return n;
  };
}

/** "1.6@2026-12-24,2026-12-25" (or "+60%@..."): volume times 1.6 on those local dates. */
export function parsePeak(value: string, previous: Array<{ factor: number; days: string[] }> = []): Array<{ factor: number; days: string[] }> {
  const match = /^(?:\+(\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?))@(.+)$/.exec(value.trim());
  const days = match?.[3]?.split(',').map((d) => d.trim()) ?? [];
  if (!match || days.length === 0 || days.some((d) => parseLocalDate(d) === undefined)) {
    throw new InvalidArgumentError(`--peak expects FACTOR@DATES such as "1.6@2026-12-24,2026-12-25" or "+60%@2026-12-24", got "${value}"`);
  }
  const factor = match[1] !== undefined ? 1 + Number(match[1]) / 100 : Number(match[2]);
  return [...previous, { factor, days }];
}

/** "8x1.25@08:00-20:00[@mon,tue,...]": 8 vendor agents, 25% slower, on those hours (every day by default). */
export function parseVendor(value: string, previous: Array<{ agents: number; handleTimeFactor: number; start: string; end: string; days: string[] }> = []) {
  const match = /^(\d+)x(\d+(?:\.\d+)?)@(\d{2}:\d{2})-(\d{2}:\d{2})(?:@([a-z,]+))?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`--vendor expects AGENTSxFACTOR@HH:MM-HH:MM[@mon,tue,...] such as "8x1.25@08:00-20:00", got "${value}"`);
  const days = match[5]?.split(',') ?? ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  return [...previous, { agents: Number(match[1]), handleTimeFactor: Number(match[2]), start: match[3]!, end: match[4]!, days }];
}

interface Options {
  json?: boolean;
  workspace: string;
  days: number;
  aht?: number;
  target?: number;
  serviceLevel?: number;
  patience?: number;
  shrinkage?: number;
  peak?: Array<{ factor: number; days: string[] }>;
  vendor?: ReturnType<typeof parseVendor>;
}

export function registerForecastCommand(program: Command): void {
  program.command('forecast')
    .description('Forecast inbound volume per 30 minutes from history and the agents needed (Erlang C/A) against the roster')
    .option('--json', 'print only the JSON result line')
    .option('--workspace <slug>', 'the workspace to plan for', DEMO_SLUG)
    .option('--days <n>', 'days to forecast (1–56)', positiveInteger('--days'), 14)
    .option('--aht <seconds>', 'average handle time (default: measured from history)', positive('--aht'))
    .option('--target <seconds>', 'answer within this many seconds (default: the default SLA policy\'s first response)', positive('--target'))
    .option('--service-level <share>', 'share to answer within the target (default 0.8)', share('--service-level'))
    .option('--patience <seconds>', 'mean customer patience: plan with Erlang A (abandonment)', positive('--patience'))
    .option('--shrinkage <share>', 'share of scheduled time not available for work (default 0.3)', share('--shrinkage'))
    .option('--peak <factor@dates>', 'scenario: volume factor on local dates, e.g. "+60%@2026-12-24,2026-12-25" (repeatable)', parsePeak)
    .option('--vendor <spec>', 'scenario: an outsourced team, e.g. "8x1.25@08:00-20:00" (agents x handle-time factor @ hours, repeatable)', parseVendor)
    .action(async (options: Options) => {
      if (options.days > 56) throw new UsageError(`--days expects at most 56, got ${options.days}`);
      const config = loadConfig({ EARSHOT_LOG_LEVEL: 'warn' });
      const storage = await Storage.open(config.database);
      try {
        await storage.migrate();
        const workspace = await findWorkspace(storage, options.workspace, () => seedDemoEverything(storage, systemClock, loadKeyRing(config)));
        await new RollupWorker(storage, systemClock).pump();
        const zoneName = typeof workspace.settings.timeZone === 'string' ? workspace.settings.timeZone : 'UTC';
        const request = staffingRequestSchema.parse({
          days: options.days,
          ...(options.aht !== undefined ? { ahtSeconds: options.aht } : {}),
          ...(options.target !== undefined ? { targetSeconds: options.target } : {}),
          ...(options.serviceLevel !== undefined ? { targetServiceLevel: options.serviceLevel } : {}),
          ...(options.patience !== undefined ? { patienceSeconds: options.patience } : {}),
          ...(options.shrinkage !== undefined ? { shrinkage: options.shrinkage } : {}),
          scenarios: scenariosOf(options, zoneName),
        }) satisfies StaffingRequest;
        const plan = await staffingPlan({ storage, clock: systemClock }, workspace.id, request);
        if (!options.json) printHuman(plan, workspace.name);
        console.log(JSON.stringify(jsonLine(plan, workspace.slug)));
      } finally {
        await storage.close();
      }
    });
}

async function findWorkspace(storage: Storage, slug: string, seed: () => Promise<unknown>) {
  let workspace = await findWorkspaceBySlug(storage.db, slug);
  if (!workspace && slug === DEMO_SLUG) {
    const any = await storage.db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
    if (!any) {
      // An empty database: seed the demo workspace and its weeks of history, so there is a history to forecast from.
      console.error('No workspace yet: seeding the demo workspace with its history (as `npm run demo` would).');
      await seed();
      workspace = await findWorkspaceBySlug(storage.db, slug);
    }
  }
  if (!workspace) throw new UsageError(`No workspace "${slug}" in this database (run \`npm run demo\` first, or pass --workspace)`);
  return workspace;
}

function scenariosOf(options: Options, zone: string): StaffingRequest['scenarios'] {
  const scenarios: NonNullable<StaffingRequest['scenarios']> = [];
  for (const peak of options.peak ?? []) scenarios.push({ name: `peak ×${peak.factor} on ${peak.days.join(', ')}`, peaks: [peak] });
  for (const v of options.vendor ?? []) {
    scenarios.push({
      name: `vendor ${v.agents} agents ×${v.handleTimeFactor} AHT ${v.start}–${v.end}`,
      outsourced: [{ agents: v.agents, handleTimeFactor: v.handleTimeFactor, hours: { timeZone: zone, weekly: Object.fromEntries(v.days.map((d) => [d, [{ start: v.start, end: v.end }]])) } }],
    });
  }
  if ((options.peak?.length ?? 0) > 0 && (options.vendor?.length ?? 0) > 0) {
    scenarios.push({ name: 'peak with vendor', peaks: options.peak ?? [], outsourced: scenarios.flatMap((s) => s.outsourced ?? []) });
  }
  return scenarios;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function jsonLine(plan: StaffingPlan, workspace: string) {
  return {
    workspace,
    method: plan.forecast.method,
    queue_model: plan.method,
    wape: plan.forecast.wape,
    backtest: plan.forecast.backtest && { method: plan.forecast.backtest.method, wape: plan.forecast.backtest.wape, from: iso(plan.forecast.backtest.fromStart), to: iso(plan.forecast.backtest.toEnd) },
    candidates: plan.forecast.candidates,
    aht_seconds: plan.ahtSeconds,
    sla: { target_service_level: plan.sla.targetServiceLevel, target_seconds: plan.sla.targetSeconds },
    history: { from: iso(plan.history.start), to: iso(plan.history.end), volume: plan.history.volume },
    interval_minutes: plan.intervalMinutes,
    totals: plan.totals,
    scenarios: plan.scenarios.map((s) => ({ name: s.name, totals: s.totals, shortfall_agent_hours_change: s.shortfall_agent_hours_change })),
    intervals: plan.intervals.map((r) => ({ start: iso(r.start), volume: r.volume, agents_needed: r.agents_needed, scheduled: r.scheduled, shortfall: r.shortfall })),
  };
}

function printHuman(plan: StaffingPlan, name: string): void {
  const zone = timeZone(plan.timeZone);
  const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
  console.log(`Staffing plan for ${name} (${plan.timeZone}), ${plan.intervals.length} half-hours`);
  console.log(`  forecast: ${plan.forecast.method}, back-test WAPE ${pct(plan.forecast.wape)} (${plan.forecast.candidates.map((c) => `${c.method} ${pct(c.wape)}`).join(', ')})`);
  console.log(`  handle time ${plan.ahtSeconds} s${plan.handleTime ? ` (from ${plan.handleTime.count} conversations)` : ''}; target ${pct(plan.sla.targetServiceLevel)} within ${plan.sla.targetSeconds} s; ${plan.method === 'erlang_a' ? 'Erlang A' : 'Erlang C'}`);
  console.log('');
  console.log('  date        volume  agent-h needed  scheduled  short   peak need');
  const byDay = new Map<number, { volume: number; needed: number; scheduled: number; short: number; peak: number }>();
  for (const r of plan.intervals) {
    const day = localDayOf(zone, r.start);
    const d = byDay.get(day) ?? { volume: 0, needed: 0, scheduled: 0, short: 0, peak: 0 };
    const hours = (r.end - r.start) / 3_600_000;
    d.volume += r.volume; d.needed += r.agents_needed * hours; d.scheduled += r.scheduled * hours; d.short += r.shortfall * hours; d.peak = Math.max(d.peak, r.agents_needed);
    byDay.set(day, d);
  }
  for (const [day, d] of byDay) {
    console.log(`  ${formatLocalDate(day)}  ${d.volume.toFixed(0).padStart(6)}  ${d.needed.toFixed(1).padStart(14)}  ${d.scheduled.toFixed(1).padStart(9)}  ${d.short.toFixed(1).padStart(5)}  ${String(d.peak).padStart(9)}`);
  }
  console.log(`  total: ${plan.totals.volume} conversations, ${plan.totals.agent_hours_needed} agent-hours needed, ${plan.totals.agent_hours_scheduled} scheduled, ${plan.totals.shortfall_agent_hours} short`);
  for (const s of plan.scenarios) console.log(`  scenario "${s.name}": ${s.totals.shortfall_agent_hours} agent-hours short (${s.shortfall_agent_hours_change >= 0 ? '+' : ''}${s.shortfall_agent_hours_change})`);
  console.log('');
}
