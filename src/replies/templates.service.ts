// Approved message templates per WhatsApp number (the only thing that may be sent outside the
// 24-hour window). `{{1}}`, `{{2}}`... are the variables, as in WhatsApp's template syntax.
import type { Clock } from '../core/clock.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import type { Principal } from '../core/access/principal.ts';
import type { Storage } from '../storage/storage.ts';
import { findChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import { insertTemplate, listTemplates, type MessageTemplateRow } from '../storage/repositories/replies.repository.ts';
import { isUniqueViolation } from '../storage/errors.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

/** The number of distinct `{{n}}` variables, which must run 1..n. */
export function templateVariableCount(body: string): number {
  const numbers = [...new Set([...body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  if (numbers.some((n, i) => n !== i + 1)) throw new DomainError('validation_failed', 'Template variables must be numbered {{1}}, {{2}}, ... without gaps', { field: 'body' });
  return numbers.length;
}

export async function listChannelTemplates(deps: Deps, principal: Principal, channelAccountId: string): Promise<MessageTemplateRow[]> {
  if (!(await findChannelAccount(deps.storage.db, principal.workspaceId, channelAccountId))) throw notFound('Channel account');
  return listTemplates(deps.storage.db, principal.workspaceId, channelAccountId);
}

export async function addChannelTemplate(deps: Deps, principal: Principal, channelAccountId: string,
  input: { name: string; language: string; body: string }): Promise<MessageTemplateRow> {
  if (!(await findChannelAccount(deps.storage.db, principal.workspaceId, channelAccountId))) throw notFound('Channel account');
  const now = deps.clock.now();
  const row: MessageTemplateRow = {
    id: newId(now), workspace_id: principal.workspaceId, channel_account_id: channelAccountId, name: input.name, language: input.language,
    body: input.body, variable_count: templateVariableCount(input.body), created_at: now,
  };
  try {
    await insertTemplate(deps.storage.db, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('conflict', 'This template and language exist for the number', { field: 'name' });
    throw error;
  }
  return row;
}
