// Realtime messages routing listens to. Browsers send:
//   { "type": "presence.active" }                                     activity in this tab (throttled by the client)
//   { "type": "presence.set", "away": true | false }                  chose away / available
//   { "type": "conversation.viewing", "conversationId": "…", "viewing": true | false }
//   { "type": "conversation.typing", "conversationId": "…", "typing": true | false }
// and hear { "type": "collision", conversationId, viewing: [userIds], typing: [userIds] } for
// conversations they may see, plus presence.changed among the domain events.
import type { RealtimeHub, RealtimeMessage, RealtimeViewer } from '../http/realtime.ts';
import type { PresenceService } from './presence.service.ts';
import type { CollisionService } from './collision.service.ts';

export function wireRealtime(hub: RealtimeHub, presence: PresenceService, collision: CollisionService, onError: (error: unknown) => void): void {
  // The viewer object is per connection; its connection id is known once `connect` resolves.
  const ids = new WeakMap<RealtimeViewer, Promise<string>>();
  const idOf = (viewer: RealtimeViewer) => ids.get(viewer);

  hub.onOpen((viewer) => {
    const id = presence.connect(viewer.workspaceId, viewer.userId);
    id.catch(onError);
    ids.set(viewer, id);
  });
  hub.onClose((viewer) => {
    void idOf(viewer)?.then(async (id) => {
      collision.closed(id);
      await presence.disconnect(id);
    }).catch(onError);
  });
  hub.onMessage((viewer, message, reply) => {
    const id = idOf(viewer);
    if (!id) return;
    void id.then((connectionId) => handle(viewer, connectionId, message, reply)).catch(onError);
  });

  async function handle(viewer: RealtimeViewer, connectionId: string, message: RealtimeMessage, reply: (m: RealtimeMessage) => void): Promise<void> {
    if (message.type === 'presence.active') return presence.activity(connectionId);
    if (message.type === 'presence.set' && typeof message.away === 'boolean') {
      await presence.setManualAway(viewer.workspaceId, viewer.userId, message.away);
      return;
    }
    if (message.type !== 'conversation.viewing' && message.type !== 'conversation.typing') return;
    const conversationId = message.conversationId;
    const on = message.type === 'conversation.viewing' ? message.viewing : message.typing;
    if (typeof conversationId !== 'string' || conversationId.length > 64 || typeof on !== 'boolean') {
      return reply({ type: 'error', code: 'validation_failed', message: `${message.type} needs conversationId and a boolean` });
    }
    await presence.activity(connectionId);
    const kind = message.type === 'conversation.viewing' ? 'viewing' : 'typing';
    if (!(await collision.signal(viewer, connectionId, conversationId, kind, on))) {
      reply({ type: 'error', code: 'not_found', message: 'Conversation not found' });
    }
  }
}
