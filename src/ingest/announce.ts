// The domain events of newly recorded messages: a new conversation, a reopened one, each message.
// Every event carries its conversation's team (after routing), so viewers scoped to teams see
// exactly the events of their conversations.
import type { DomainEventInput } from '../core/events.ts';
import type { IngestedMessage } from './inbound-hooks.ts';

export function announce(ingested: readonly IngestedMessage[], reopened: ReadonlySet<string>, teams: ReadonlyMap<string, string | null>): DomainEventInput[] {
  const events: DomainEventInput[] = [];
  const reported = new Set<string>();
  for (const m of ingested) {
    const c = m.conversation;
    const base = { workspaceId: c.workspaceId, subjectId: c.id, teamId: teams.get(c.id) ?? c.teamId };
    if (m.conversationCreated) {
      events.push({ ...base, type: 'conversation.created', payload: { conversationId: c.id, channelAccountId: c.channelAccountId, surface: c.surface } });
    } else if (reopened.has(c.id) && !reported.has(c.id)) {
      events.push({ ...base, type: 'conversation.updated', payload: { conversationId: c.id, changed: ['status'] } });
    }
    reported.add(c.id);
    events.push({ ...base, type: 'message.created', payload: { conversationId: c.id, messageId: m.message.id, direction: m.message.direction } });
  }
  return events;
}
