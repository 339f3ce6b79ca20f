// Recording security-relevant actions: who (person, token, system), what, on what, from where.
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { Principal } from '../core/access/principal.ts';
import type { Executor } from '../storage/storage.ts';
import { appendAudit } from '../storage/repositories/audit.repository.ts';

export type AuditAction =
  | 'login' | 'login.failed' | 'login.locked' | 'logout' | 'logout.everywhere'
  | 'user.created' | 'user.updated' | 'role.changed' | 'password.reset'
  | 'team.created' | 'team.updated' | 'team.member_added' | 'team.member_removed' | 'team.channel_granted' | 'team.channel_revoked'
  | 'token.created' | 'token.revoked'
  | 'channel.connected' | 'channel.updated' | 'secrets.rotated' | 'export'
  | 'contact.merged' | 'inbound.replayed'
  | 'routing.rules_changed' | 'routing.team_settings_changed' | 'routing.agent_profile_changed'
  | 'sla.policy_created' | 'sla.policy_changed' | 'sla.policy_archived' | 'business_hours.changed';

/** A principal, the system (CLI, jobs), nobody (a failed sign-in), or a known user before sign-in. */
export type AuditActor = Principal | 'system' | 'anonymous' | { userId: string };

export interface AuditInput {
  workspaceId: string;
  actor: AuditActor;
  action: AuditAction;
  target?: { type: string; id: string };
  ip?: string | null;
  meta?: Record<string, unknown>;
}

function actorOf(actor: AuditActor): { id: string | null; kind: 'user' | 'token' | 'system' | 'anonymous' } {
  if (actor === 'system' || actor === 'anonymous') return { id: null, kind: actor };
  if ('via' in actor) return { id: actor.userId, kind: actor.via === 'token' ? 'token' : 'user' };
  return { id: actor.userId, kind: 'user' };
}

export async function recordAudit(db: Executor, clock: Clock, input: AuditInput): Promise<void> {
  const actor = actorOf(input.actor);
  await appendAudit(db, {
    id: newId(), workspaceId: input.workspaceId, actorUserId: actor.id, actorKind: actor.kind, action: input.action,
    targetType: input.target?.type ?? null, targetId: input.target?.id ?? null, ip: input.ip ?? null,
    meta: input.meta ?? {}, createdAt: clock.now(),
  });
}
