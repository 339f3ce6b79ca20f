// The ingestion pipeline's hooks, wired to the modules that own each step: triage scores every
// new inbound message (its workspace's engine; results stored), routing records the triage summary on
// the conversation, runs the rules and starts the SLA clocks; the outbox takes delivery reports
// and echoes of our replies. Extra hooks given to createEarshot run before these.
import type { Clock } from '../core/clock.ts';
import type { InboundHooks, IngestedMessage } from '../ingest/inbound-hooks.ts';
import { applyDeliveryStatus, settleEcho } from '../replies/delivery.ts';
import type { Routing } from '../routing/routing.ts';
import { triageFacts } from '../routing/triage-facts.ts';
import type { TriageResult } from '../triage/index.ts';
import type { WorkspaceTriage } from '../workspace-triage/workspace-triage.ts';

export function pipelineHooks(deps: { clock: Clock; triage: WorkspaceTriage; routing: Routing; extra?: InboundHooks }): InboundHooks {
  // Results travel from the triage hook to the routing hook of the same batch.
  const scored = new WeakMap<IngestedMessage, TriageResult>();
  return {
    async triage(tx, batch) {
      await deps.extra?.triage(tx, batch);
      for (const [m, result] of await deps.triage.triageBatch(tx, batch)) scored.set(m, result);
    },
    async route(tx, batch) {
      await deps.extra?.route(tx, batch);
      // Ingestion wrote every one of these conversations earlier in this transaction.
      await deps.routing.routeInboundBatch(tx, batch.map((m) => {
        const result = scored.get(m);
        return {
          workspaceId: m.message.workspaceId, conversationId: m.conversation.id, messageId: m.message.id, at: m.message.platformCreatedAt,
          text: m.message.body, messageKind: m.message.kind, conversationCreated: m.conversationCreated,
          ...(result ? { triage: triageFacts(result) } : {}),
          contact: { id: m.identity?.contactId ?? null, name: m.identity?.displayName ?? m.identity?.handle ?? null, followers: m.identity?.followers ?? null, verified: m.identity?.verified ?? false },
        };
      }));
    },
    deliveryStatus: (tx, channelAccountId, status) => applyDeliveryStatus(tx, deps.clock, channelAccountId, status),
    settleEcho: (tx, channelAccountId, echo) => settleEcho(tx, channelAccountId, echo, deps.clock.now()),
  };
}
