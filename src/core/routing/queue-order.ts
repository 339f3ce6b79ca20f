// The waiting queue's order: priority, then age, with ageing. Each priority level is worth
// `agingStepMs` of waiting, so an item's rank is the arrival time it would have had with no
// priority: queuedAt - priority × step. Lower rank drains first. With a step of 15 minutes an
// urgent (4) item goes ahead of a plain (0) one that arrived up to an hour earlier, never more:
// priority reorders, it never starves anyone. The rank does not change as time passes, so the
// order can be computed by the database.

export interface QueuedItem {
  conversationId: string;
  priority: number;
  queuedAt: number;
}

export function queueRank(item: Pick<QueuedItem, 'priority' | 'queuedAt'>, agingStepMs: number): number {
  return item.queuedAt - item.priority * agingStepMs;
}

export function compareQueued(agingStepMs: number): (a: QueuedItem, b: QueuedItem) => number {
  return (a, b) => queueRank(a, agingStepMs) - queueRank(b, agingStepMs)
    || a.queuedAt - b.queuedAt || (a.conversationId < b.conversationId ? -1 : a.conversationId > b.conversationId ? 1 : 0);
}
