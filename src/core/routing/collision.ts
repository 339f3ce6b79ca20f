// Who is viewing and who is typing in each conversation, so two agents do not answer the same
// customer. Ephemeral state of one process: browsers refresh it while they look or type, and
// it expires on its own when they stop (a closed laptop sends no "stop").
import { SECOND } from '../clock.ts';

export const VIEWING_TTL_MS = 60 * SECOND;
export const TYPING_TTL_MS = 8 * SECOND;

export interface CollisionSnapshot {
  conversationId: string;
  viewing: string[];
  typing: string[];
}

interface Mark {
  userId: string;
  viewingUntil: number;
  typingUntil: number;
}

export class CollisionBoard {
  /** conversation id -> connection id -> what that connection shows. */
  readonly #marks = new Map<string, Map<string, Mark>>();

  /** Records that a connection views (or stops viewing) a conversation; true when the snapshot changed. */
  view(conversationId: string, connectionId: string, userId: string, viewing: boolean, now: number): boolean {
    const before = this.snapshot(conversationId, now);
    const marks = this.#marks.get(conversationId) ?? new Map<string, Mark>();
    if (viewing) marks.set(connectionId, { userId, viewingUntil: now + VIEWING_TTL_MS, typingUntil: marks.get(connectionId)?.typingUntil ?? 0 });
    else marks.delete(connectionId);
    this.#store(conversationId, marks);
    return !sameSnapshot(before, this.snapshot(conversationId, now));
  }

  /** Typing implies viewing. */
  type(conversationId: string, connectionId: string, userId: string, typing: boolean, now: number): boolean {
    const before = this.snapshot(conversationId, now);
    const marks = this.#marks.get(conversationId) ?? new Map<string, Mark>();
    marks.set(connectionId, { userId, viewingUntil: now + VIEWING_TTL_MS, typingUntil: typing ? now + TYPING_TTL_MS : 0 });
    this.#store(conversationId, marks);
    return !sameSnapshot(before, this.snapshot(conversationId, now));
  }

  /** Forgets a closed connection; returns the conversations whose snapshot changed. */
  drop(connectionId: string, now: number): string[] {
    const changed: string[] = [];
    for (const [conversationId, marks] of this.#marks) {
      if (!marks.has(connectionId)) continue;
      const before = this.snapshot(conversationId, now);
      marks.delete(connectionId);
      this.#store(conversationId, marks);
      if (!sameSnapshot(before, this.snapshot(conversationId, now))) changed.push(conversationId);
    }
    return changed;
  }

  /** Removes what has expired; returns the conversations whose snapshot changed. */
  expire(now: number): string[] {
    const changed: string[] = [];
    for (const [conversationId, marks] of [...this.#marks]) {
      let touched = false;
      for (const [connectionId, mark] of marks) {
        if (mark.viewingUntil <= now) {
          marks.delete(connectionId);
          touched = true;
        } else if (mark.typingUntil !== 0 && mark.typingUntil <= now) {
          mark.typingUntil = 0;
          touched = true;
        }
      }
      this.#store(conversationId, marks);
      if (touched) changed.push(conversationId);
    }
    return changed;
  }

  snapshot(conversationId: string, now: number): CollisionSnapshot {
    const viewing = new Set<string>();
    const typing = new Set<string>();
    for (const mark of this.#marks.get(conversationId)?.values() ?? []) {
      if (mark.viewingUntil > now) viewing.add(mark.userId);
      if (mark.typingUntil > now) typing.add(mark.userId);
    }
    return { conversationId, viewing: [...viewing].sort(), typing: [...typing].sort() };
  }

  /** Conversations someone is looking at. */
  get size(): number {
    return this.#marks.size;
  }

  #store(conversationId: string, marks: Map<string, Mark>): void {
    if (marks.size === 0) this.#marks.delete(conversationId);
    else this.#marks.set(conversationId, marks);
  }
}

function sameSnapshot(a: CollisionSnapshot, b: CollisionSnapshot): boolean {
  return a.viewing.join() === b.viewing.join() && a.typing.join() === b.typing.join();
}
