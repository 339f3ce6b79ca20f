// The envelope every Meta webhook shares: {object, entry: [{id, time, messaging[] | changes[]}]}
// (developers.facebook.com/docs/graph-api/webhooks/getting-started). A delivery may batch many
// entries and items; each item becomes one stored event, re-wrapped in a one-item envelope of the
// same shape so it can be understood (and replayed) alone.
import { z } from 'zod';
import type { PlatformEvent } from '../channel-adapter.ts';
import { anyObject, MalformedPayload, parseJson, parseWith } from '../shared/untrusted-json.ts';

const item = anyObject;
const entrySchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  time: z.number().optional(),
  messaging: z.array(item).optional(),
  changes: z.array(item).optional(),
  // Instagram's Business Login examples put one change directly on the entry (wire formats §4b).
  field: z.string().optional(),
  value: z.unknown().optional(),
});
const envelopeSchema = z.looseObject({ object: z.string(), entry: z.array(entrySchema) });

export interface MetaItem {
  object: string;
  entryId: string;
  entryTime: number | undefined;
  kind: 'messaging' | 'change';
  item: Record<string, unknown>;
}

export function metaItems(body: unknown, expectedObject: string): MetaItem[] {
  const envelope = parseWith(envelopeSchema, body, `${expectedObject} webhook`);
  if (envelope.object !== expectedObject) {
    throw new MalformedPayload(`expected object "${expectedObject}", got "${envelope.object}"`);
  }
  const items: MetaItem[] = [];
  for (const entry of envelope.entry) {
    const base = { object: envelope.object, entryId: entry.id, entryTime: entry.time };
    for (const message of entry.messaging ?? []) items.push({ ...base, kind: 'messaging', item: message });
    for (const change of entry.changes ?? []) items.push({ ...base, kind: 'change', item: change });
    if (entry.field !== undefined && entry.value !== undefined) items.push({ ...base, kind: 'change', item: { field: entry.field, value: entry.value } });
  }
  return items;
}

/** The one-item envelope stored for an event. */
export function metaEventBody(item: MetaItem): string {
  const entry: Record<string, unknown> = { id: item.entryId, ...(item.entryTime === undefined ? {} : { time: item.entryTime }) };
  entry[item.kind === 'messaging' ? 'messaging' : 'changes'] = [item.item];
  return JSON.stringify({ object: item.object, entry: [entry] });
}

/**
 * Splits a delivery: `identify` names each item's event (or null for items Earshot ignores).
 * A delivery holding exactly one item is stored as received, without re-serialising it.
 */
export function splitMeta(rawBody: Buffer, expectedObject: string,
  identify: (item: MetaItem) => { id: string; accountExternalId: string } | null): PlatformEvent[] {
  const text = rawBody.toString('utf8');
  const items = metaItems(parseJson(text), expectedObject);
  const events: PlatformEvent[] = [];
  for (const item of items) {
    const identity = identify(item);
    if (!identity) continue;
    events.push({ platformEventId: identity.id, accountExternalId: identity.accountExternalId, body: items.length === 1 ? text : metaEventBody(item) });
  }
  return events;
}

/** The items of one stored event (normally one). */
export function metaEventItems(body: string, expectedObject: string): MetaItem[] {
  return metaItems(parseJson(body), expectedObject);
}
