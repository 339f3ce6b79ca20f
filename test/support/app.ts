// A running Earshot for HTTP tests: a temporary SQLite database, a seeded workspace with one
// person of every kind, and a second workspace. `as(actor)` makes requests as that person with
// a fresh session (cookie + CSRF token), the way the browser app does.
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/config.ts';
import { createEarshot, type Earshot } from '../../src/app/earshot.ts';
import { createLogger } from '../../src/app/logger.ts';
import { newId } from '../../src/core/ids.ts';
import type { Clock } from '../../src/core/clock.ts';
import type { Team, User, Workspace } from '../../src/core/workspace/workspace.ts';
import { hashPassword } from '../../src/security/passwords.ts';
import { addTeamMember } from '../../src/storage/repositories/workspaces.repository.ts';
import { makeTeam, makeUser, makeWorkspace } from './factories.ts';
import { tempDir } from './databases.ts';

export const PASSWORD = 'correct horse battery staple';
export const ACTORS = ['admin', 'supervisor', 'agent', 'marketing', 'vendor', 'other'] as const;
export type Actor = (typeof ACTORS)[number];

export interface Seeded {
  workspace: Workspace;
  otherWorkspace: Workspace;
  people: Record<Actor, User>;
  /** A second care agent, a target for changes. */
  colleague: User;
  teams: { care: Team; marketing: Team; vendor: Team };
}

export interface TestApp {
  earshot: Earshot;
  seeded: Seeded;
  as(actor: Actor | User): Promise<Session>;
  anonymous(method: string, url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  request(method: string, url: string, payload?: unknown, options?: { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

export async function startTestApp(options: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dir = tempDir();
  const config = loadConfig({}, { EARSHOT_DATA_DIR: dir.path, EARSHOT_LOG_LEVEL: 'silent', PORT: '0', ...options.env }, dir.path);
  const earshot = await createEarshot(config, { logger: createLogger('silent'), ...(options.clock ? { clock: options.clock } : {}) });
  const seeded = await seed(earshot);

  async function login(user: User): Promise<Session> {
    const response = await earshot.http.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: PASSWORD } });
    if (response.statusCode !== 200) throw new Error(`login as ${user.email} failed: ${response.statusCode} ${response.body}`);
    const cookie = String(response.headers['set-cookie']).split(';')[0]!;
    const csrfToken = response.json().csrfToken as string;
    return {
      cookie, csrfToken,
      request: (method, url, payload, options = {}) => earshot.http.inject({
        method: method as 'GET', url, ...(payload === undefined ? {} : { payload: payload as object }),
        headers: { cookie, ...(options.csrf === false ? {} : { 'x-csrf-token': csrfToken }) },
      }),
    };
  }

  return {
    earshot, seeded,
    as: (actor) => login(typeof actor === 'string' ? seeded.people[actor] : actor),
    anonymous: (method, url, payload) => earshot.http.inject({ method: method as 'GET', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    close: async () => { await earshot.close(); dir.dispose(); },
  };
}

async function seed(earshot: Earshot): Promise<Seeded> {
  const db = earshot.storage.db;
  // Cheap scrypt parameters: these tests sign in hundreds of times.
  const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const workspace = await makeWorkspace(db, { name: 'Acme' });
  const otherWorkspace = await makeWorkspace(db, { name: 'Globex' });
  const person = (ws: Workspace, role: User['role'], name: string) =>
    makeUser(db, ws, { role, name, email: `${name.toLowerCase()}-${newId().slice(-6)}@test.example`, passwordHash });
  const people = {
    admin: await person(workspace, 'admin', 'Admin'),
    supervisor: await person(workspace, 'supervisor', 'Supervisor'),
    agent: await person(workspace, 'agent', 'Agent'),
    marketing: await person(workspace, 'agent', 'Marketing'),
    vendor: await person(workspace, 'agent', 'Vendor'),
    other: await person(otherWorkspace, 'admin', 'Other'),
  };
  const colleague = await person(workspace, 'agent', 'Colleague');
  const care = await makeTeam(db, workspace, 'care', [people.admin, people.supervisor, people.agent, colleague]);
  const marketing = await makeTeam(db, workspace, 'marketing', [people.marketing]);
  const vendor = await makeTeam(db, workspace, 'vendor', [people.vendor]);
  await addTeamMember(db, otherWorkspace.id, (await makeTeam(db, otherWorkspace, 'care')).id, people.other.id, Date.now());
  return { workspace, otherWorkspace, people, colleague, teams: { care, marketing, vendor } };
}
