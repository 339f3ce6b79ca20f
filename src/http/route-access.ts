// Every route declares who may call it, in its config. A route under /api or /webhooks without a
// declaration stops the server from starting, so nothing is exposed by omission; the access table
// test reads the same declarations.
import type { Ability } from '../core/access/abilities.ts';

export type RouteAccess =
  /** Anyone: health checks, docs, login. */
  | { kind: 'public' }
  /** Platforms calling in; authenticity is proven by the request's signature, not a session. */
  | { kind: 'webhook' }
  /**
   * A signed-in person or an API token holding `ability`; handlers then check the objects
   * (which conversations, which teams) through the policies.
   */
  | { kind: 'authenticated'; ability?: Ability };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export const PUBLIC: RouteAccess = { kind: 'public' };
export const WEBHOOK: RouteAccess = { kind: 'webhook' };
export const AUTHENTICATED: RouteAccess = { kind: 'authenticated' };

/** Access for a route that needs a signed-in caller holding `ability`. */
export function requires(ability: Ability): RouteAccess {
  return { kind: 'authenticated', ability };
}

/** Routes that libraries register (the API docs UI) and that are public by nature. */
const LIBRARY_PUBLIC_PREFIXES = ['/api/docs'];

export function requiresDeclaration(url: string): boolean {
  if (LIBRARY_PUBLIC_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`))) return false;
  return url.startsWith('/api') || url.startsWith('/webhooks');
}
