// Authentication at the edge. A route declared `authenticated` gets a principal from an API token
// (`Authorization: Bearer es_...`) or the session cookie; a cookie-authenticated request that
// changes state must also carry the session's CSRF token in `x-csrf-token` (a token request
// needs none: a browser never attaches it by itself). The route's declared ability is checked
// here; which objects the principal may touch is checked by the services.
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../core/clock.ts';
import { DomainError } from '../core/errors.ts';
import { can, type Principal } from '../core/access/principal.ts';
import type { Storage } from '../storage/storage.ts';
import { authenticateSession } from '../identity/sessions.ts';
import { authenticateApiToken } from '../identity/api-tokens.ts';
import { safeEqual } from '../security/tokens.ts';
import type { ApiApp } from './app.ts';

export const SESSION_COOKIE = 'earshot_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** The session's CSRF token, for session-authenticated requests. */
    csrfToken: string | null;
  }
}

interface Deps {
  storage: Storage;
  clock: Clock;
}

/** The principal of a request, from a bearer token or the session cookie; null when neither is valid. */
export async function resolvePrincipal(deps: Deps, request: FastifyRequest): Promise<{ principal: Principal; csrfToken: string | null } | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    // A request that names a token is judged by that token alone, never by a cookie beside it.
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const principal = match ? await authenticateApiToken(deps, match[1]!) : null;
    return principal ? { principal, csrfToken: null } : null;
  }
  const session = request.cookies[SESSION_COOKIE];
  return session ? authenticateSession(deps, session) : null;
}

export async function registerAuthentication(app: ApiApp, deps: Deps): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);
  // onRequest: before the body is parsed or validated, so an anonymous caller learns nothing
  // about a route beyond "sign in".
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access?.kind !== 'authenticated') return;
    const resolved = await resolvePrincipal(deps, request);
    if (!resolved) throw new DomainError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer es_..."');
    const { principal, csrfToken } = resolved;
    if (principal.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || csrfToken === null || !safeEqual(sent, csrfToken)) {
        throw new DomainError('csrf_failed', 'Missing or wrong CSRF token (send the x-csrf-token header from /api/session)');
      }
    }
    if (access.ability && !can(principal, access.ability)) {
      throw new DomainError('forbidden', 'Your role does not allow this');
    }
    request.principal = principal;
    request.csrfToken = csrfToken;
  });
}

/** The principal of a request on an authenticated route (set by the hook above). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new DomainError('unauthenticated', 'Sign in first');
  return request.principal;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: number): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}

/**
 * Browsers send cookies on cross-site WebSocket upgrades and form posts; a request whose Origin
 * names another site is refused (cross-site WebSocket hijacking, login CSRF).
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
