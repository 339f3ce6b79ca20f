// Named abilities: what a person may do, by role, narrowed for outsourced (vendor) teams and by
// an API token's scope. Routes name the ability they need; object-level checks (which
// conversations) live in the policies beside this file.
import type { Role } from '../workspace/workspace.ts';

export const ABILITIES = {
  'conversation.read': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'conversation.reply': { write: true, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'conversation.update': { write: true, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'conversation.assign_any': { write: true, roles: ['admin', 'supervisor'], vendor: false },
  'inbox.filter_manage': { write: true, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'inbox.filter_share': { write: true, roles: ['admin', 'supervisor'], vendor: false },
  'contact.read': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'contact.read_private': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: false },
  'contact.update': { write: true, roles: ['admin', 'supervisor', 'agent'], vendor: false },
  'channel.read': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'channel.manage': { write: true, roles: ['admin'], vendor: false },
  'inbound.inspect': { write: false, roles: ['admin', 'supervisor'], vendor: false },
  'inbound.replay': { write: true, roles: ['admin'], vendor: false },
  'people.read': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'people.manage': { write: true, roles: ['admin'], vendor: false },
  'team.read': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'team.manage': { write: true, roles: ['admin', 'supervisor'], vendor: false },
  'routing.read': { write: false, roles: ['admin', 'supervisor'], vendor: false },
  'routing.manage': { write: true, roles: ['admin', 'supervisor'], vendor: false },
  'sla.read': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'sla.manage': { write: true, roles: ['admin', 'supervisor'], vendor: false },
  'canned.read': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'canned.manage': { write: true, roles: ['admin', 'supervisor'], vendor: false },
  'analytics.team': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'analytics.workspace': { write: false, roles: ['admin', 'supervisor', 'agent'], vendor: false },
  'export.run': { write: false, roles: ['admin', 'supervisor'], vendor: false },
  'staffing.plan': { write: false, roles: ['admin', 'supervisor'], vendor: false },
  'token.manage_own': { write: true, roles: ['admin', 'supervisor', 'agent'], vendor: true },
  'token.manage_all': { write: true, roles: ['admin'], vendor: false },
  'audit.read': { write: false, roles: ['admin'], vendor: false },
} as const satisfies Record<string, { write: boolean; roles: readonly Role[]; vendor: boolean }>;

export type Ability = keyof typeof ABILITIES;

/** A token's scope: `read` tokens get only the read abilities of their owner. */
export type TokenScope = 'read' | 'write';

export interface AbilitySubject {
  role: Role;
  /** Member of a vendor team and of no in-house team: sees only what vendors may. */
  vendorOnly: boolean;
  /** Set when the request comes with an API token. */
  tokenScope?: TokenScope;
}

export function hasAbility(subject: AbilitySubject, ability: Ability): boolean {
  const rule: { write: boolean; roles: readonly Role[]; vendor: boolean } = ABILITIES[ability];
  if (!rule.roles.includes(subject.role)) return false;
  if (subject.vendorOnly && !rule.vendor) return false;
  if (subject.tokenScope === 'read' && rule.write) return false;
  return true;
}

export function abilitiesOf(subject: AbilitySubject): Ability[] {
  return (Object.keys(ABILITIES) as Ability[]).filter((ability) => hasAbility(subject, ability));
}
