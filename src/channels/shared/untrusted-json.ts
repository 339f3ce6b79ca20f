// Platform payloads are attacker-controlled until proven otherwise. Parsing goes through zod
// schemas that accept extra fields (platforms add fields without notice) but insist on the ones
// we read; a failure becomes a MalformedPayload whose message says which field was wrong, and the
// event lands in the quarantine with that message.
import { z } from 'zod';

export class MalformedPayload extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedPayload';
  }
}

export function parseJson(text: string | Buffer): unknown {
  try {
    return JSON.parse(typeof text === 'string' ? text : text.toString('utf8'));
  } catch (error) {
    // The parser's message quotes the body; the reason must not (it is logged and shown).
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new MalformedPayload(`body is not JSON${position ? ` (error at character ${position})` : ''}`);
  }
}

/** Parses `value` with `schema`, or throws a MalformedPayload naming the first bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  throw new MalformedPayload(`${what}: ${path}: ${issue?.message ?? 'invalid'}`);
}

/**
 * An id for an item that claims to be of a kind Earshot takes in but lacks its id: stored under
 * a hash of its content (so a redelivery still dedupes) and then quarantined by normalize.
 */
export function malformedEventId(prefix: string, value: unknown): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(value) ?? '';
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${prefix}:malformed:${hash.toString(16)}`;
}

/**
 * An object whose fields are checked later (by the schema of the item it is). Cheaper than
 * z.record(z.string(), z.unknown()), which visits every key of every nested item.
 */
export const anyObject = z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), { error: 'expected an object' });
