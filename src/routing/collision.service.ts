// Collision prevention, live: browsers say which conversation they view and when their agent is
// typing; everyone who may see that conversation hears who is there. The state is ephemeral and
// per process (a deployment with several web processes needs a shared fan-out, e.g. Redis).
import { CollisionBoard, type CollisionSnapshot } from '../core/routing/collision.ts';
import { SECOND } from '../core/clock.ts';
import type { RealtimeHub, RealtimeViewer } from '../http/realtime.ts';
import { findConversation } from '../storage/repositories/conversations.repository.ts';
import type { RoutingContext } from './routing-context.ts';

const EXPIRY_SWEEP_MS = 2 * SECOND;

export class CollisionService {
  readonly board = new CollisionBoard();
  readonly #ctx: RoutingContext;
  readonly #hub: RealtimeHub;
  /** Where each watched conversation lives, for scoping broadcasts. */
  readonly #where = new Map<string, { workspaceId: string; teamId: string | null }>();
  #timer: NodeJS.Timeout | undefined;

  constructor(ctx: RoutingContext, hub: RealtimeHub) {
    this.#ctx = ctx;
    this.#hub = hub;
  }

  start(): void {
    this.#timer = setInterval(() => this.expire(), EXPIRY_SWEEP_MS);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** Applies a viewing or typing signal after checking the viewer may see the conversation; false when not found. */
  async signal(viewer: RealtimeViewer, connectionId: string, conversationId: string, kind: 'viewing' | 'typing', on: boolean): Promise<boolean> {
    const conversation = await findConversation(this.#ctx.storage.db, viewer.workspaceId, conversationId);
    if (!conversation || !viewer.canSeeConversation?.(conversation)) return false;
    this.#where.set(conversationId, { workspaceId: conversation.workspaceId, teamId: conversation.teamId });
    const now = this.#ctx.clock.now();
    const changed = kind === 'viewing'
      ? this.board.view(conversationId, connectionId, viewer.userId, on, now)
      : this.board.type(conversationId, connectionId, viewer.userId, on, now);
    if (changed) this.#broadcast(conversationId);
    return true;
  }

  closed(connectionId: string): void {
    for (const conversationId of this.board.drop(connectionId, this.#ctx.clock.now())) this.#broadcast(conversationId);
  }

  expire(): void {
    for (const conversationId of this.board.expire(this.#ctx.clock.now())) this.#broadcast(conversationId);
  }

  snapshot(conversationId: string): CollisionSnapshot {
    return this.board.snapshot(conversationId, this.#ctx.clock.now());
  }

  #broadcast(conversationId: string): void {
    const where = this.#where.get(conversationId);
    if (!where) return;
    const snapshot = this.snapshot(conversationId);
    if (snapshot.viewing.length === 0) this.#where.delete(conversationId);
    this.#hub.broadcast(where.workspaceId, { type: 'collision', ...snapshot }, (v) => v.canSeeConversation?.(where) === true);
  }
}
