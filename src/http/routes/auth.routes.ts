// Signing in and out, and the caller's session.
import { z } from 'zod';
import type { Clock } from '../../core/clock.ts';
import { DomainError } from '../../core/errors.ts';
import type { Storage } from '../../storage/storage.ts';
import { findUser, findWorkspace, listTeamsOfUser } from '../../storage/repositories/workspaces.repository.ts';
import { signIn, signOut, signOutEverywhere } from '../../identity/sessions.ts';
import { MAX_PASSWORD_LENGTH } from '../../security/passwords.ts';
import type { ApiApp } from '../app.ts';
import { errorResponseSchema } from '../errors.ts';
import { AUTHENTICATED, PUBLIC } from '../route-access.ts';
import { clearSessionCookie, principalOf, sameOrigin, SESSION_COOKIE, setSessionCookie } from '../auth.ts';
import { presentAbilities, presentTeam, presentUser, sessionSchema } from '../presenters/people.presenter.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

const loginBody = z.object({
  email: z.string().min(3).max(320).describe('The e-mail you sign in with'),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export function registerAuthRoutes(app: ApiApp, deps: Deps): void {
  app.post('/api/auth/login', {
    config: { access: PUBLIC },
    schema: {
      tags: ['auth'], summary: 'Sign in with e-mail and password; sets the session cookie',
      body: loginBody, response: { 200: sessionSchema, 401: errorResponseSchema, 429: errorResponseSchema },
    },
  }, async (request, reply) => {
    if (!sameOrigin(request)) throw new DomainError('csrf_failed', 'Sign in from Earshot itself');
    try {
      const result = await signIn(deps, {
        email: request.body.email, password: request.body.password, ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null, replacingSessionToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(request, reply, result.sessionToken, result.expiresAt);
      const workspace = (await findWorkspace(deps.storage.db, result.user.workspaceId))!;
      const teams = await listTeamsOfUser(deps.storage.db, result.user.workspaceId, result.user.id);
      return {
        user: presentUser(result.user), workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug },
        teams: teams.map(presentTeam), abilities: presentAbilities(result.principal), vendorOnly: result.principal.vendorOnly,
        csrfToken: result.csrfToken,
      };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'rate_limited') {
        reply.header('retry-after', String(error.details?.retryAfterSeconds ?? 900));
      }
      throw error;
    }
  });

  app.get('/api/session', {
    config: { access: AUTHENTICATED },
    schema: { tags: ['auth'], summary: 'Who is signed in, their teams and abilities, and the CSRF token', response: { 200: sessionSchema } },
  }, async (request) => {
    const principal = principalOf(request);
    const workspace = (await findWorkspace(deps.storage.db, principal.workspaceId))!;
    const user = (await findUser(deps.storage.db, principal.workspaceId, principal.userId))!;
    const teams = await listTeamsOfUser(deps.storage.db, principal.workspaceId, principal.userId);
    return {
      user: presentUser(user),
      workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug },
      teams: teams.map(presentTeam), abilities: presentAbilities(principal), vendorOnly: principal.vendorOnly,
      csrfToken: request.csrfToken,
    };
  });

  app.post('/api/auth/logout', {
    config: { access: AUTHENTICATED },
    schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } },
  }, async (request, reply) => {
    await signOut(deps, principalOf(request), request.ip);
    clearSessionCookie(request, reply);
    return reply.code(204).send(null);
  });

  app.post('/api/auth/logout-everywhere', {
    config: { access: AUTHENTICATED },
    schema: { tags: ['auth'], summary: 'End every session of the caller, on every device', response: { 200: z.object({ endedSessions: z.number() }) } },
  }, async (request, reply) => {
    const endedSessions = await signOutEverywhere(deps, principalOf(request), request.ip);
    clearSessionCookie(request, reply);
    return { endedSessions };
  });
}
