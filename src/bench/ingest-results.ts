// Reading the benchmark's outcome from the database: for each acknowledged delivery, whether its
// message exists (else it is lost), how many `message.created` events announced it (more than one
// is a duplicate), and how long after sending it became visible (the event's commit time).
import type { Storage } from '../storage/storage.ts';
import type { ShotResult } from './load-driver.ts';

export interface Visibility {
  visible: number;
  lost: number;
  duplicated: number;
  /** Milliseconds from sending each delivery to its message.created event. */
  delays: number[];
  lastVisibleAt: number | null;
}

/** For every message: how many message.created events announced it, and when the first committed. */
async function announcements(storage: Storage): Promise<Map<string, { count: number; at: number }>> {
  const messages = await storage.db.selectFrom('messages').select(['id', 'platform_message_id']).execute();
  const events = await storage.db.selectFrom('domain_events').select(['payload', 'created_at']).where('type', '=', 'message.created').execute();
  const byMessage = new Map<string, { count: number; at: number }>();
  for (const event of events) {
    const id = (JSON.parse(event.payload) as { messageId: string }).messageId;
    const seen = byMessage.get(id);
    byMessage.set(id, { count: (seen?.count ?? 0) + 1, at: Math.min(seen?.at ?? Number.MAX_SAFE_INTEGER, Number(event.created_at)) });
  }
  const found = new Map<string, { count: number; at: number }>();
  for (const m of messages) {
    const seen = byMessage.get(m.id);
    if (seen && m.platform_message_id) found.set(m.platform_message_id, seen);
  }
  return found;
}

/** Waits until every acknowledged delivery is visible (or `timeoutMs` passes), then reports. */
export async function readVisibility(storage: Storage, results: readonly ShotResult[], timeoutMs: number): Promise<Visibility> {
  const acked = results.filter((r) => r.acknowledged);
  const deadline = Date.now() + timeoutMs;
  let found: Map<string, { count: number; at: number }>;
  for (;;) {
    const pending = await storage.db.selectFrom('inbound_events').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'received').executeTakeFirst();
    if (Number(pending?.n ?? 0) === 0 || Date.now() > deadline) {
      found = await announcements(storage);
      if (found.size >= new Set(acked.map((r) => r.messageId)).size || Date.now() > deadline) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const delays: number[] = [];
  let lost = 0;
  let duplicated = 0;
  let lastVisibleAt: number | null = null;
  for (const r of acked) {
    const seen = found.get(r.messageId);
    if (!seen) { lost += 1; continue; }
    duplicated += Math.max(0, seen.count - 1);
    delays.push(seen.at - r.sentAt);
    lastVisibleAt = Math.max(lastVisibleAt ?? 0, seen.at);
  }
  return { visible: acked.length - lost, lost, duplicated, delays, lastVisibleAt };
}
