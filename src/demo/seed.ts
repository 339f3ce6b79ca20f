// The demo workspace: what `npm run demo` shows on a fresh machine. Seeding is idempotent: a
// second run finds the workspace and leaves it as it is.
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { Role, Team, TeamKind, User, Workspace } from '../core/workspace/workspace.ts';
import type { Storage } from '../storage/storage.ts';
import { addTeamMember, findWorkspaceBySlug, insertTeam, insertUser, insertWorkspace, listTeams, listUsers } from '../storage/repositories/workspaces.repository.ts';
import { emit } from '../events/emit.ts';
import { hashPassword } from '../security/passwords.ts';
import { readFileSync } from 'node:fs';
import { parseTriageConfig } from '../triage/index.ts';
import { saveTriageConfig } from '../storage/repositories/workspace-triage.repository.ts';

const AIRLINE_TRIAGE = new URL('./airline-triage.json', import.meta.url);

export const DEMO_SLUG = 'acme';
/** Printed by `npm run demo`; a demo workspace only. */
export const DEMO_PASSWORD = 'earshot-demo';

const TEAMS: ReadonlyArray<{ key: string; name: string; kind: TeamKind }> = [
  { key: 'care', name: 'Care', kind: 'care' },
  { key: 'social', name: 'Social & PR', kind: 'marketing' },
  { key: 'vendor', name: 'Peak Season Partners', kind: 'vendor' },
];

const PEOPLE: ReadonlyArray<{ email: string; name: string; role: Role; teams: string[]; label: string }> = [
  { email: 'admin@acme.example', name: 'Alex Admin', role: 'admin', teams: ['care'], label: 'admin' },
  { email: 'sam@acme.example', name: 'Sam Supervisor', role: 'supervisor', teams: ['care', 'social'], label: 'supervisor' },
  { email: 'ana@acme.example', name: 'Ana Care', role: 'agent', teams: ['care'], label: 'care agent' },
  { email: 'ben@acme.example', name: 'Ben Care', role: 'agent', teams: ['care'], label: 'care agent' },
  { email: 'mia@acme.example', name: 'Mia Marketing', role: 'agent', teams: ['social'], label: 'marketing' },
  { email: 'vic@partners.example', name: 'Vic Vendor', role: 'agent', teams: ['vendor'], label: 'vendor agent' },
];

export interface DemoWorkspace {
  workspace: Workspace;
  teams: Team[];
  users: User[];
  logins: ReadonlyArray<{ email: string; label: string }>;
  created: boolean;
}

export async function seedDemo(storage: Storage, clock: Clock): Promise<DemoWorkspace> {
  const logins = PEOPLE.map(({ email, label }) => ({ email, label }));
  const existing = await findWorkspaceBySlug(storage.db, DEMO_SLUG);
  if (existing) {
    return { workspace: existing, teams: await listTeams(storage.db, existing.id), users: await listUsers(storage.db, existing.id), logins, created: false };
  }
  const now = clock.now();
  const workspace: Workspace = { id: newId(now), name: 'Acme Air', slug: DEMO_SLUG, settings: { timeZone: 'Europe/Amsterdam' }, createdAt: now };
  const teams = new Map(TEAMS.map(({ key, name, kind }) => [key, { id: newId(now), workspaceId: workspace.id, name, kind, settings: {}, createdAt: now } satisfies Team]));
  // One hash for every demo person: they share the printed demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = PEOPLE.map(({ email, name, role }): User => ({ id: newId(now), workspaceId: workspace.id, email, name, role, status: 'active', createdAt: now, updatedAt: now }));
  await storage.transaction(async (tx) => {
    await insertWorkspace(tx, workspace);
    for (const team of teams.values()) await insertTeam(tx, team);
    for (const [i, user] of users.entries()) {
      await insertUser(tx, { ...user, passwordHash });
      for (const key of PEOPLE[i]!.teams) await addTeamMember(tx, workspace.id, teams.get(key)!.id, user.id, now);
    }
    await emit(tx, clock, { type: 'workspace.created', workspaceId: workspace.id, payload: { name: workspace.name } });
    // An airline's topics (flight disruption, baggage under "delivery"...), as a care lead would set them.
    await saveTriageConfig(tx, workspace.id, JSON.stringify(parseTriageConfig(JSON.parse(readFileSync(AIRLINE_TRIAGE, 'utf8')))), now);
  });
  return { workspace, teams: [...teams.values()], users, logins, created: true };
}
