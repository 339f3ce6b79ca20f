// The demo workspace with its channel accounts and weeks of history: what `npm run demo` seeds,
// also for commands (forecast) that find an empty database.
import type { Clock } from '../core/clock.ts';
import type { KeyRing } from '../security/secrets.ts';
import type { Storage } from '../storage/storage.ts';
import { seedDemo, type DemoWorkspace } from './seed.ts';
import { ensureSimulatedAccounts } from './simulated-accounts.ts';
import { seedDemoHistory } from './demo-history.ts';

/** Adds the channel accounts and the history to a seeded demo workspace (once); returns conversations added. */
export async function seedDemoHistoryFor(storage: Storage, clock: Clock, keyRing: KeyRing, demo: DemoWorkspace): Promise<number> {
  const care = demo.teams.find((t) => t.kind === 'care') ?? null;
  const accounts = await ensureSimulatedAccounts(storage.db, keyRing, clock, demo.workspace.id, { defaultTeamId: care?.id ?? null });
  return seedDemoHistory(storage, clock, { workspace: demo.workspace, teams: demo.teams, users: demo.users, accounts });
}

export async function seedDemoEverything(storage: Storage, clock: Clock, keyRing: KeyRing): Promise<number> {
  return seedDemoHistoryFor(storage, clock, keyRing, await seedDemo(storage, clock));
}
