// What every fake platform shares: the simulator's ids, randomness, clock and webhook delivery,
// and the shape of an API call and its answer.
import { Agent } from 'node:http';
import type { Random } from '../traffic/random.ts';
import type { SimIds } from '../sim-ids.ts';
import { post, type Delivery, type DeliveryRecord, type WebhookDeliverer } from '../webhook-deliverer.ts';

export interface SimContext {
  ids: SimIds;
  random: Random;
  deliverer: WebhookDeliverer;
  /**
   * When set, signed deliveries are handed here instead of being sent: the ingest benchmark's
   * load generator builds them with the platforms and sends them on its own schedule.
   */
  sink?: ((delivery: Delivery) => void) | undefined;
  now(): number;
}

export interface ApiRequest {
  method: string;
  /** The path below the platform's prefix, e.g. /2/tweets or /123/messages. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** Parsed JSON, or the form fields of an urlencoded body. */
  body: Record<string, unknown>;
}

export interface ApiAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface Subscription {
  url: string;
  /** The key the platform signs with (X consumer secret, Meta app secret). */
  secret: string;
  verifyToken?: string;
}

/** A handshake GET against a callback URL, outside the delivery queue (no retries). */
export async function handshakeGet(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: await response.text() };
}

/** Signs and queues a webhook delivery; the promise settles when it is acknowledged or given up. */
export function deliverSigned(context: SimContext, url: string, body: string, headers: Record<string, string>, eventIds: string[]): Promise<DeliveryRecord> {
  const delivery: Delivery = { url, headers: { 'content-type': 'application/json', ...headers }, body: Buffer.from(body), eventIds };
  if (context.sink) {
    context.sink(delivery);
    return Promise.resolve({ id: 0, eventIds, attempts: 0, statuses: [], firstSentAt: 0, acknowledgedAt: null, ackLatencyMs: null, gaveUp: false, duplicated: false });
  }
  return context.deliverer.deliver(delivery);
}

export { Agent, post };
