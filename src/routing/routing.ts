// The routing and SLA module as the rest of Earshot sees it. The composition root builds it once;
// the ingestion pipeline calls `routeInbound` (inbound messages) and `recordAgentResponse`
// (outbound echoes), the reply path calls `recordAgentResponse` and `assertNoNewerReply`, and
// the HTTP routes call the commands and services with `routing.ctx`.
import type { Clock } from '../core/clock.ts';
import { DEFAULT_PRESENCE_TIMING, type PresenceTiming } from '../core/routing/presence.ts';
import type { RealtimeHub } from '../http/realtime.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Executor, Storage } from '../storage/storage.ts';
import { registerSlaJobs } from '../sla/sla-timers.ts';
import { registerRecomputeJob } from '../sla/recompute.ts';
import { ParsedCache, type RoutingContext } from './routing-context.ts';
import { SettingsCache } from './settings-cache.ts';
import { PresenceService } from './presence.service.ts';
import { CollisionService } from './collision.service.ts';
import { registerRoutingJobs, scheduleSweep } from './routing-jobs.ts';
import { wireRealtime } from './realtime-wiring.ts';
import { routeInbound, routeInboundBatch, type InboundMessageFacts, type RoutingOutcome } from './route-inbound.ts';
import { recordAgentResponse, type AgentResponse } from './agent-response.ts';
import { assertNoNewerReply, type NewMessage, type ReplyCheck } from './collision-guard.ts';

export interface RoutingDeps {
  storage: Storage;
  clock: Clock;
  jobs: JobQueue;
  /** The realtime hub of a process that serves browsers: presence and collision ride on it. */
  realtime?: RealtimeHub;
  presenceTiming?: Partial<PresenceTiming>;
  onError?: (error: unknown) => void;
  /** Sends a rule's acknowledgement (the reply outbox), in the routing transaction. */
  acknowledge?: RoutingContext['acknowledge'];
  /** Turns people's actions into triage labels (the workspace's triage learns from them). */
  triageLabels?: RoutingContext['triageLabels'];
}

export interface Routing {
  readonly ctx: RoutingContext;
  readonly presence: PresenceService;
  readonly collision: CollisionService | null;
  /** After an inbound customer message is stored, in the same transaction. */
  routeInbound(tx: Executor, message: InboundMessageFacts): Promise<RoutingOutcome>;
  /** The ingest pipeline's batch, in order; every conversation was written earlier in `tx` (see routeInboundBatch). */
  routeInboundBatch(tx: Executor, messages: readonly InboundMessageFacts[]): Promise<RoutingOutcome[]>;
  /** After an agent's reply is sent, or an echo of one is stored, in that transaction. */
  recordAgentResponse(tx: Executor, response: AgentResponse): Promise<void>;
  /** Before sending a reply: 409 when someone else replied since the author's last seen message. */
  assertNoNewerReply(tx: Executor, input: ReplyCheck): Promise<NewMessage[]>;
  /**
   * The same two calls in the shapes of the reply module's hooks (src/replies: ReplyDeps.assertNoNewerReply
   * and OutboxSender's onDelivered), for the composition root to pass in.
   */
  readonly replyHooks: {
    assertNoNewerReply(tx: Executor, conversationId: string, lastSeenMessageId: string, authorUserId: string | null): Promise<void>;
    onDelivered(tx: Executor, conversationId: string, at: number): Promise<void>;
  };
  start(): Promise<void>;
  stop(): void;
}

export function createRouting(deps: RoutingDeps): Routing {
  const ctx: RoutingContext = {
    storage: deps.storage, clock: deps.clock, jobs: deps.jobs,
    presenceTiming: { ...DEFAULT_PRESENCE_TIMING, ...deps.presenceTiming },
    calendars: new ParsedCache(), parsedRuleSets: new ParsedCache(), settings: new SettingsCache(),
    ...(deps.acknowledge ? { acknowledge: deps.acknowledge } : {}),
    ...(deps.triageLabels ? { triageLabels: deps.triageLabels } : {}),
  };
  const onError = deps.onError ?? (() => {});
  const presence = new PresenceService(ctx);
  const collision = deps.realtime ? new CollisionService(ctx, deps.realtime) : null;
  registerRoutingJobs(ctx, presence);
  registerSlaJobs(ctx);
  registerRecomputeJob(ctx);
  if (deps.realtime && collision) wireRealtime(deps.realtime, presence, collision, onError);
  return {
    ctx, presence, collision,
    routeInbound: (tx, message) => routeInbound(ctx, tx, message),
    routeInboundBatch: (tx, messages) => routeInboundBatch(ctx, tx, messages),
    recordAgentResponse: (tx, response) => recordAgentResponse(ctx, tx, response),
    assertNoNewerReply: (tx, input) => assertNoNewerReply(tx, input),
    replyHooks: {
      async assertNoNewerReply(tx, conversationId, lastSeenMessageId, authorUserId) {
        await assertNoNewerReply(tx, { conversationId, lastSeenMessageId, authorUserId });
      },
      onDelivered: (tx, conversationId, at) => recordAgentResponse(ctx, tx, { conversationId, at }),
    },
    async start() {
      presence.start();
      collision?.start();
      await scheduleSweep(ctx);
    },
    stop() {
      presence.stop();
      collision?.stop();
    },
  };
}
