// Canned responses: per-team libraries (plus workspace-wide ones), with variables rendered for a
// conversation. Agents use their teams' responses; supervisors and admins manage them.
import type { Clock } from '../core/clock.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import type { Principal } from '../core/access/principal.ts';
import { renderTemplate, unknownVariables } from '../core/replies/canned-template.ts';
import type { Storage } from '../storage/storage.ts';
import * as canned from '../storage/repositories/replies.repository.ts';
import { findTeam, findWorkspace } from '../storage/repositories/workspaces.repository.ts';
import { findContact } from '../storage/repositories/contacts.repository.ts';
import { loadReplyContext } from './reply-context.ts';
import type { ChannelLookup } from './outbox-sender.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

export interface CannedInput {
  name: string;
  shortcut: string;
  body: string;
  teamId: string | null;
}

function checkBody(body: string): void {
  const unknown = unknownVariables(body);
  if (unknown.length > 0) throw new DomainError('validation_failed', `Unknown variable(s): ${unknown.map((v) => `{{${v}}}`).join(', ')}`, { field: 'body', unknown });
}

/** The responses the caller may use: the whole library for workspace-wide people, else their teams' and the shared ones. */
export async function listCanned(deps: Deps, principal: Principal): Promise<canned.CannedResponseRow[]> {
  const scope = conversationScope(principal);
  return canned.listCannedResponses(deps.storage.db, principal.workspaceId, scope.kind === 'workspace' ? null : scope.teamIds);
}

export async function createCanned(deps: Deps, principal: Principal, input: CannedInput): Promise<canned.CannedResponseRow> {
  checkBody(input.body);
  if (input.teamId && !(await findTeam(deps.storage.db, principal.workspaceId, input.teamId))) throw notFound('Team');
  const now = deps.clock.now();
  const row: canned.CannedResponseRow = {
    id: newId(now), workspace_id: principal.workspaceId, team_id: input.teamId, name: input.name.trim(), shortcut: input.shortcut.trim().toLowerCase(),
    body: input.body, created_by: principal.userId, created_at: now, updated_at: now,
  };
  await canned.insertCannedResponse(deps.storage.db, row);
  return row;
}

export async function updateCanned(deps: Deps, principal: Principal, id: string, changes: Partial<CannedInput>): Promise<canned.CannedResponseRow> {
  if (changes.body !== undefined) checkBody(changes.body);
  if (!(await canned.findCannedResponse(deps.storage.db, principal.workspaceId, id))) throw notFound('Canned response');
  if (changes.teamId && !(await findTeam(deps.storage.db, principal.workspaceId, changes.teamId))) throw notFound('Team');
  await canned.updateCannedResponse(deps.storage.db, principal.workspaceId, id, {
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
    ...(changes.shortcut !== undefined ? { shortcut: changes.shortcut.trim().toLowerCase() } : {}),
    ...(changes.body !== undefined ? { body: changes.body } : {}),
    ...(changes.teamId !== undefined ? { team_id: changes.teamId } : {}),
  }, deps.clock.now());
  return (await canned.findCannedResponse(deps.storage.db, principal.workspaceId, id))!;
}

export async function deleteCanned(deps: Deps, principal: Principal, id: string): Promise<void> {
  if (!(await canned.deleteCannedResponse(deps.storage.db, principal.workspaceId, id))) throw notFound('Canned response');
}

/** A canned response filled in for a conversation, as the composer previews it. */
export async function renderCanned(deps: Deps & { channels: ChannelLookup }, principal: Principal, id: string, conversationId: string): Promise<string> {
  const visible = await listCanned(deps, principal);
  const response = visible.find((r) => r.id === id);
  if (!response) throw notFound('Canned response');
  const context = await loadReplyContext(deps.storage.db, deps.channels, principal, conversationId);
  const contact = context.conversation.contactId ? await findContact(deps.storage.db, principal.workspaceId, context.conversation.contactId) : undefined;
  const workspace = await findWorkspace(deps.storage.db, principal.workspaceId);
  return renderTemplate(response.body, {
    contact: { name: contact?.name ?? context.customer?.displayName ?? null, handle: context.customer?.handle ?? null },
    agent: { name: principal.name }, workspace: { name: workspace?.name ?? '' },
    channel: { name: context.account.name, network: context.adapter.displayName },
  });
}
