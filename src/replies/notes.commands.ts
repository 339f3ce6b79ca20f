// Internal notes: messages that never leave Earshot, with @mentions that notify colleagues.
import type { Clock } from '../core/clock.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { newId } from '../core/ids.ts';
import { conversationScope } from '../core/access/conversation-policy.ts';
import { authorize, type Principal } from '../core/access/principal.ts';
import type { Message } from '../core/conversation/conversation.ts';
import type { Storage } from '../storage/storage.ts';
import { findConversationInScope, insertMessage } from '../storage/repositories/conversations.repository.ts';
import { findUser } from '../storage/repositories/workspaces.repository.ts';
import { insertMentions } from '../storage/repositories/replies.repository.ts';
import { emit } from '../events/emit.ts';

interface Deps {
  storage: Storage;
  clock: Clock;
}

export const MAX_NOTE_LENGTH = 10_000;

export async function addNote(deps: Deps, principal: Principal, conversationId: string, input: { text: string; mentionUserIds?: readonly string[] }): Promise<Message> {
  authorize(principal, 'conversation.update');
  const text = input.text.trim();
  if (text === '' || text.length > MAX_NOTE_LENGTH) throw new DomainError('validation_failed', `A note has 1 to ${MAX_NOTE_LENGTH} characters`, { field: 'text' });
  const mentions = [...new Set(input.mentionUserIds ?? [])];
  return deps.storage.transaction(async (tx) => {
    const conversation = await findConversationInScope(tx, conversationScope(principal), conversationId);
    if (!conversation) throw notFound('Conversation');
    for (const userId of mentions) {
      if (!(await findUser(tx, principal.workspaceId, userId))) throw new DomainError('validation_failed', 'A mentioned person is not in this workspace', { field: 'mentionUserIds' });
    }
    const now = deps.clock.now();
    const note: Message = {
      id: newId(now), workspaceId: principal.workspaceId, conversationId, channelAccountId: conversation.channelAccountId, direction: 'note',
      kind: 'note', surface: 'private', platformMessageId: null, parentPlatformId: null, authorIdentityId: null, authorUserId: principal.userId,
      body: text, meta: mentions.length > 0 ? { mentions } : {}, status: null, platformCreatedAt: now, createdAt: now,
    };
    await insertMessage(tx, note);
    await insertMentions(tx, principal.workspaceId, note.id, mentions, now);
    await emit(tx, deps.clock, { type: 'message.created', workspaceId: principal.workspaceId, subjectId: conversationId, teamId: conversation.teamId, payload: { conversationId, messageId: note.id, direction: 'note' } });
    if (mentions.length > 0) {
      await emit(tx, deps.clock, { type: 'note.mentioned', workspaceId: principal.workspaceId, subjectId: conversationId, teamId: conversation.teamId, payload: { conversationId, messageId: note.id, userIds: mentions, by: principal.userId } });
    }
    return note;
  });
}
