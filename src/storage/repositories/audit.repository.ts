// The audit log of security-relevant actions; append-only.
import type { Executor } from '../storage.ts';
import type { Row } from '../schema.ts';
import { readJson, writeJson } from './json.ts';

export interface AuditEntry {
  id: string;
  workspaceId: string;
  actorUserId: string | null;
  actorKind: Row<'audit_log'>['actor_kind'];
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  meta: Record<string, unknown>;
  createdAt: number;
}

export async function appendAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insertInto('audit_log').values({
    id: entry.id, workspace_id: entry.workspaceId, actor_user_id: entry.actorUserId, actor_kind: entry.actorKind,
    action: entry.action, target_type: entry.targetType, target_id: entry.targetId, ip: entry.ip,
    meta: writeJson(entry.meta), created_at: entry.createdAt,
  }).execute();
}

/** Newest first; `before` pages back through older entries. */
export async function listAudit(db: Executor, workspaceId: string, options: { limit: number; before?: number; action?: string }): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId)
    .$if(options.before !== undefined, (q) => q.where('created_at', '<', options.before!))
    .$if(options.action !== undefined, (q) => q.where('action', '=', options.action!))
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map((row) => ({
    id: row.id, workspaceId: row.workspace_id, actorUserId: row.actor_user_id, actorKind: row.actor_kind, action: row.action,
    targetType: row.target_type, targetId: row.target_id, ip: row.ip, meta: readJson(row.meta, {}), createdAt: Number(row.created_at),
  }));
}
