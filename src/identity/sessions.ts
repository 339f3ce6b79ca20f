// Signing in and out. A session is a random cookie value whose digest is the row id; every
// sign-in makes a new session (no fixation), and the CSRF token is tied to the session.
import { DomainError } from '../core/errors.ts';
import { DAY, HOUR, type Clock } from '../core/clock.ts';
import { normalizeEmail, type User } from '../core/workspace/workspace.ts';
import type { Principal } from '../core/access/principal.ts';
import type { Storage } from '../storage/storage.ts';
import { findUser, findUserCredentials } from '../storage/repositories/workspaces.repository.ts';
import * as sessions from '../storage/repositories/identity.repository.ts';
import { decoyHash, verifyPassword } from '../security/passwords.ts';
import { digest, randomToken } from '../security/tokens.ts';
import { loadPrincipal } from './principals.ts';
import { lockedUntil, recordFailure, recordSuccess } from './login-throttle.ts';
import { recordAudit } from './audit.ts';

export const SESSION_LIFETIME_MS = 7 * DAY;
export const SESSION_IDLE_MS = 24 * HOUR;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface SignIn {
  /** The cookie value: shown to the browser once, stored only as its digest. */
  sessionToken: string;
  csrfToken: string;
  user: User;
  principal: Principal;
  expiresAt: number;
}

interface Deps {
  storage: Storage;
  clock: Clock;
}

export async function signIn(deps: Deps, input: { email: string; password: string; ip: string; userAgent: string | null;
  replacingSessionToken?: string }): Promise<SignIn> {
  const { storage, clock } = deps;
  const email = normalizeEmail(input.email);
  const now = clock.now();
  const locked = await lockedUntil(storage.db, email, input.ip, now);
  if (locked !== null) {
    throw new DomainError('rate_limited', 'Too many failed sign-ins. Try again later.', { retryAfterSeconds: Math.ceil((locked - now) / 1000) });
  }
  const found = await findUserCredentials(storage.db, email);
  // Verify against a decoy when the address is unknown, so response time does not tell.
  const valid = await verifyPassword(input.password, found?.passwordHash ?? await decoyHash());
  if (!found || !found.passwordHash || !valid || found.user.status !== 'active') {
    const nowLocked = await recordFailure(storage.db, email, input.ip, now);
    if (found) {
      await recordAudit(storage.db, clock, { workspaceId: found.user.workspaceId, actor: { userId: found.user.id }, action: nowLocked ? 'login.locked' : 'login.failed', ip: input.ip });
    }
    throw new DomainError('unauthenticated', 'E-mail or password is incorrect');
  }
  await recordSuccess(storage.db, email);
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = now + SESSION_LIFETIME_MS;
  await storage.transaction(async (tx) => {
    // Rotation: the session the browser had before (if any) ends with this sign-in.
    if (input.replacingSessionToken) await sessions.deleteSession(tx, digest(input.replacingSessionToken));
    await sessions.insertSession(tx, {
      id: digest(sessionToken), user_id: found.user.id, workspace_id: found.user.workspaceId, csrf_token: csrfToken,
      ip: input.ip, user_agent: input.userAgent?.slice(0, 300) ?? null, created_at: now, last_seen_at: now, expires_at: expiresAt,
    });
    await recordAudit(tx, clock, { workspaceId: found.user.workspaceId, actor: { userId: found.user.id }, action: 'login', ip: input.ip });
  });
  const principal = await loadPrincipal(storage.db, found.user, { kind: 'session', sessionId: digest(sessionToken) });
  return { sessionToken, csrfToken, user: found.user, principal, expiresAt };
}

/** The principal behind a session cookie, or null when it is unknown, expired or idle too long. */
export async function authenticateSession(deps: Deps, sessionToken: string): Promise<{ principal: Principal; csrfToken: string } | null> {
  const { storage, clock } = deps;
  const id = digest(sessionToken);
  const session = await sessions.findSession(storage.db, id);
  const now = clock.now();
  if (!session) return null;
  if (session.expires_at <= now || now - session.last_seen_at > SESSION_IDLE_MS) {
    await sessions.deleteSession(storage.db, id);
    return null;
  }
  const user = await findUser(storage.db, session.workspace_id, session.user_id);
  if (!user || user.status !== 'active') return null;
  if (now - session.last_seen_at > TOUCH_EVERY_MS) await sessions.touchSession(storage.db, id, now);
  return { principal: await loadPrincipal(storage.db, user, { kind: 'session', sessionId: id }), csrfToken: session.csrf_token };
}

export async function signOut(deps: Deps, principal: Principal, ip: string): Promise<void> {
  if (!principal.sessionId) return;
  await deps.storage.transaction(async (tx) => {
    await sessions.deleteSession(tx, principal.sessionId!);
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'logout', ip });
  });
}

export async function signOutEverywhere(deps: Deps, principal: Principal, ip: string): Promise<number> {
  return deps.storage.transaction(async (tx) => {
    const ended = await sessions.deleteSessionsOfUser(tx, principal.userId);
    await recordAudit(tx, deps.clock, { workspaceId: principal.workspaceId, actor: principal, action: 'logout.everywhere', ip, meta: { sessions: ended } });
    return ended;
  });
}
