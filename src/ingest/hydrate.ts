// Completing messages a webhook delivered incomplete (an Instagram mention arrives as ids): a job
// per message, after it is stored, asks the platform through the adapter and fills in the text
// and the author's identity. A failed lookup is retried by the job engine; a message the
// platform no longer has keeps its ids.
import type { Clock } from '../core/clock.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import { emit } from '../events/emit.ts';
import type { Storage } from '../storage/storage.ts';
import { readJson, writeJson } from '../storage/repositories/json.ts';
import { identityKey, resolveIdentities } from '../storage/repositories/identities-bulk.repository.ts';
import type { ChannelDirectory } from './channel-directory.ts';
import { refreshMessageSummary } from '../storage/repositories/inbox-summary.repository.ts';

export const HYDRATE_JOB = 'channels.hydrate';

export interface HydrateDeps {
  storage: Storage;
  clock: Clock;
  registry: ChannelRegistry;
  directory: ChannelDirectory;
  fetch: typeof fetch;
  timeoutMs: number;
}

export async function hydrateMessage(deps: HydrateDeps, messageId: string): Promise<void> {
  const row = await deps.storage.db.selectFrom('messages').select(['id', 'workspace_id', 'conversation_id', 'channel_account_id', 'meta']).where('id', '=', messageId).executeTakeFirst();
  const meta = readJson<Record<string, unknown>>(row?.meta, {});
  if (!row || meta.hydrate !== true) return;
  const entry = await deps.directory.get(row.channel_account_id);
  if (!entry || !deps.registry.has(entry.account.network)) return;
  const channel = deps.registry.get(entry.account.network);
  if (!channel.adapter.hydrate) return;
  const found = await channel.adapter.hydrate(meta, { secrets: entry.secrets, accountExternalId: entry.account.externalId, apiBaseUrl: channel.apiBaseUrl, fetch: deps.fetch, timeoutMs: deps.timeoutMs });
  const now = deps.clock.now();
  const { hydrate: _done, ...rest } = meta;
  await deps.storage.transaction(async (tx) => {
    if (!found) {
      await tx.updateTable('messages').set({ meta: writeJson({ ...rest, hydrated: false }) }).where('id', '=', row.id).execute();
      return;
    }
    const identity = (await resolveIdentities(tx, row.workspace_id, [found.author], now)).get(identityKey(found.author.network, found.author.externalId));
    await tx.updateTable('messages').set({ body: found.text, author_identity_id: identity?.id ?? null, meta: writeJson({ ...rest, textHidden: false }) }).where('id', '=', row.id).execute();
    const conversation = await tx.updateTable('conversations').set((eb) => ({ contact_id: eb.fn.coalesce('contact_id', eb.val(identity?.contactId ?? null)), updated_at: now }))
      .where('id', '=', row.conversation_id).returning('team_id').executeTakeFirst();
    await refreshMessageSummary(tx, [row.conversation_id]);
    await emit(tx, deps.clock, { type: 'message.edited', workspaceId: row.workspace_id, subjectId: row.conversation_id, teamId: conversation?.team_id ?? null, payload: { conversationId: row.conversation_id, messageId: row.id } });
  });
}
