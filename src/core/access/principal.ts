// Who is acting: a person signed in with a session, or an API token acting for its owner.
import type { Role, Team } from '../workspace/workspace.ts';
import { hasAbility, type Ability, type AbilitySubject, type TokenScope } from './abilities.ts';
import { DomainError } from '../errors.ts';

export interface Principal extends AbilitySubject {
  workspaceId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  teamIds: readonly string[];
  vendorOnly: boolean;
  via: 'session' | 'token';
  tokenScope?: TokenScope;
  /** The session's id (its digest), when signed in with a session. */
  sessionId?: string;
}

/** Only vendor teams and no in-house team: the narrowest view (PRODUCT.md, outsourced agents). */
export function isVendorOnly(teams: readonly Pick<Team, 'kind'>[]): boolean {
  return teams.length > 0 && teams.every((team) => team.kind === 'vendor');
}

export function can(principal: Principal, ability: Ability): boolean {
  return hasAbility(principal, ability);
}

export function authorize(principal: Principal, ability: Ability): void {
  if (!can(principal, ability)) throw new DomainError('forbidden', `You may not do this (${ability})`);
}
