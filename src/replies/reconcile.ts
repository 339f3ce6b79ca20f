// Sends whose outcome is unknown (the process died mid-call, or the connection dropped after the
// request was written). "Never send twice" means: find out before sending again.
// - If the platform can be asked (adapter.findSent), ask: found → sent; not found → send again.
// - If the platform dedupes by idempotency key, sending again with the same key is safe.
// - Otherwise wait for the platform's echo of the message (the pipeline matches it); without one
//   after a grace period, give up and tell the agent to check, rather than risk a double post.
import { MINUTE } from '../core/clock.ts';
import type { OutboundRequest } from '../channels/channel-adapter.ts';
import { listUncertainOutboxItems, transitionOutboxItem, type OutboxRow } from '../storage/repositories/outbox.repository.ts';
import { recordFailure, recordSent } from './outbox-results.ts';
import type { AccountContext, OutboxSenderDeps } from './outbox-sender.ts';

export const UNCONFIRMED_AFTER_MS = 2 * MINUTE;
const LOOKUP_RETRY_MS = 30_000;
const SETTLE_MARGIN_MS = 1000;

const unconfirmed = (network: string) => ({
  code: 'unconfirmed',
  reason: `We could not confirm whether this reply reached ${network}`,
  suggestion: `Check the conversation on ${network} before sending it again`,
});

/** Reconciles every uncertain item of the account; returns when to look again, if needed. */
export async function reconcileUncertain(deps: OutboxSenderDeps, context: AccountContext,
  reserveCall: (now: number) => Promise<number | null>): Promise<number | null> {
  let revisit: number | null = null;
  for (const item of await listUncertainOutboxItems(deps.storage.db, context.channelAccountId)) {
    const at = await reconcileOne(deps, context, item, reserveCall);
    if (at !== null) revisit = revisit === null ? at : Math.min(revisit, at);
  }
  return revisit;
}

async function reconcileOne(deps: OutboxSenderDeps, context: AccountContext, item: OutboxRow,
  reserveCall: (now: number) => Promise<number | null>): Promise<number | null> {
  const now = deps.clock.now();
  const network = context.adapter.displayName;
  const request = JSON.parse(item.payload) as OutboundRequest;
  // A call cut off by a crash or a dropped connection may still be working on the platform's
  // side: only once a full call deadline has passed since is "not found" a trustworthy answer.
  const settledAt = Number(item.updated_at) + deps.callTimeoutMs + SETTLE_MARGIN_MS;
  if (context.adapter.findSent && now < settledAt) return settledAt;
  if (context.adapter.findSent) {
    const wait = await reserveCall(now);
    if (wait !== null) return wait;
    const found = await context.adapter.findSent(request, { ...context.send, now, sentAfter: Number(item.created_at) - MINUTE });
    if (found.outcome === 'found') {
      await recordSent(deps, item, item.status, found.platformMessageId);
      return null;
    }
    if (found.outcome === 'not_found') {
      await transitionOutboxItem(deps.storage.db, item.id, item.status, { status: 'queued', next_attempt_at: now, last_error: 'not found on the platform after an interrupted send; sending again' }, now);
      return now;
    }
    if (now - Number(item.updated_at) > UNCONFIRMED_AFTER_MS * 5) {
      await recordFailure(deps, item, item.status, unconfirmed(network));
      return null;
    }
    return now + LOOKUP_RETRY_MS;
  }
  if (context.adapter.capabilities.idempotentSends) {
    await transitionOutboxItem(deps.storage.db, item.id, item.status, { status: 'queued', next_attempt_at: now }, now);
    return now;
  }
  // Wait for an echo; the pipeline marks the item sent when it sees one.
  const deadline = Number(item.updated_at) + UNCONFIRMED_AFTER_MS;
  if (now >= deadline) {
    await recordFailure(deps, item, item.status, unconfirmed(network));
    return null;
  }
  if (item.status === 'sending') await transitionOutboxItem(deps.storage.db, item.id, 'sending', { status: 'unknown' }, now);
  return deadline;
}
