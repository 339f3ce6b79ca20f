// Writing domain events: call `emit` inside the transaction that makes the change, so the event
// exists exactly when the change does. Inside a Storage transaction the events are gathered and
// written in one statement just before the commit (a routed message emits several), in the
// order they were emitted.
import type { Clock } from '../core/clock.ts';
import type { DomainEventInput, DomainEventType } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import { deferUntilCommit, type Executor } from '../storage/storage.ts';
import { appendEvents } from '../storage/repositories/events.repository.ts';

type EventRow = DomainEventInput & { id: string; occurredAt: number };

const pending = new WeakMap<Executor, EventRow[]>();

export async function emit<T extends DomainEventType>(db: Executor, clock: Clock, ...events: DomainEventInput<T>[]): Promise<void> {
  const now = clock.now();
  const rows: EventRow[] = events.map((event) => ({ ...event, id: newId(now), occurredAt: now }));
  const gathered = pending.get(db);
  if (gathered) {
    gathered.push(...rows);
    return;
  }
  const deferred = deferUntilCommit(db, async () => {
    const all = pending.get(db) ?? [];
    pending.delete(db);
    await appendEvents(db, all);
  });
  if (deferred) pending.set(db, rows);
  else await appendEvents(db, rows);
}
