// The composition root: the only place that builds adapters and wires them together. Everything
// else receives what it needs as arguments.
import type { Config } from '../config/config.ts';
import { systemClock, type Clock } from '../core/clock.ts';
import { Storage } from '../storage/storage.ts';
import { EmbeddedJobQueue } from '../jobs/embedded-queue.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { EventDispatcher } from '../events/dispatcher.ts';
import { createHttpApp, type ApiApp } from '../http/app.ts';
import { RealtimeHub } from '../http/realtime.ts';
import { registerHealthRoutes } from '../http/routes/health.ts';
import { registerAuthentication, resolvePrincipal, sameOrigin } from '../http/auth.ts';
import { registerAuthRoutes } from '../http/routes/auth.routes.ts';
import { registerPeopleRoutes } from '../http/routes/people.routes.ts';
import { registerConversationRoutes } from '../http/routes/conversations.routes.ts';
import { registerAdminRoutes } from '../http/routes/admin.routes.ts';
import { conversationScope, eventInScope, inScope } from '../core/access/conversation-policy.ts';
import { createRouting, type Routing } from '../routing/routing.ts';
import { registerConversationCommandRoutes } from '../http/routes/conversation-commands.routes.ts';
import { registerRoutingRoutes } from '../http/routes/routing.routes.ts';
import { registerSlaRoutes } from '../http/routes/sla.routes.ts';
import { loadKeyRing } from '../security/key-file.ts';
import type { KeyRing } from '../security/secrets.ts';
import { createChannelRegistry, type ChannelRegistry } from '../channels/registry.ts';
import { createIngestion, type Ingestion } from '../ingest/ingestion.ts';
import type { InboundHooks } from '../ingest/inbound-hooks.ts';
import { loadShippedModels } from '../triage/index.ts';
import { createWorkspaceTriage, type WorkspaceTriage } from '../workspace-triage/workspace-triage.ts';
import { registerTriageRoutes } from '../http/routes/triage.routes.ts';
import { pipelineHooks } from './inbound-wiring.ts';
import { registerWebhookRoutes } from '../http/webhooks/webhook.routes.ts';
import { registerChannelHealthRoutes } from '../http/routes/channel-health.routes.ts';
import { registerInboundRoutes } from '../http/routes/inbound.routes.ts';
import { registerContactMergeRoutes } from '../http/routes/contact-merge.routes.ts';
import { OutboxSender } from '../replies/outbox-sender.ts';
import { queueAcknowledgement, type ReplyDeps } from '../replies/reply.commands.ts';
import { registerReplyRoutes } from '../http/routes/replies.routes.ts';
import { registerCannedRoutes } from '../http/routes/canned.routes.ts';
import { RollupWorker } from '../analytics/rollups/rollup-worker.ts';
import { registerAnalyticsRoutes } from '../http/routes/analytics.routes.ts';
import { registerInboxRoutes } from '../http/routes/inbox.routes.ts';
import { registerWebApp } from '../http/web-app.ts';
import type { ThreadLink } from '../storage/thread-link.ts';
import { createLogger, type Logger } from './logger.ts';
import { EARSHOT_VERSION } from './version.ts';

export interface EarshotOptions {
  clock?: Clock;
  logger?: Logger;
  /** More hooks for each batch of new inbound messages (they run before triage and routing). */
  inboundHooks?: InboundHooks;
  /** HTTP client for calls to the platforms (default: global fetch). */
  fetch?: typeof fetch;
  /** This instance shares the process with another thread's instance (see background-thread.ts). */
  link?: ThreadLink;
}

export interface Earshot {
  readonly config: Config;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly storage: Storage;
  readonly jobs: JobQueue;
  readonly dispatcher: EventDispatcher;
  readonly realtime: RealtimeHub;
  /** Routing, assignment, SLA timers and collision prevention; the pipeline and reply path call in here. */
  readonly routing: Routing;
  readonly http: ApiApp;
  readonly keyRing: KeyRing;
  readonly channels: ChannelRegistry;
  readonly ingestion: Ingestion;
  /** The reply outbox: one paced sender per channel account. */
  readonly outbox: OutboxSender;
  /** Triage per workspace: engines, stored results, learning from agents, spike alerts. */
  readonly triage: WorkspaceTriage;
  /** Folds domain events into analytics facts and rollups (in processes that run jobs). */
  readonly rollups: RollupWorker;
  /** Starts the background loops this process's role runs (jobs, event dispatch). */
  start(): Promise<void>;
  /** Listens on the configured host and port; returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function createEarshot(config: Config, options: EarshotOptions = {}): Promise<Earshot> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const keyRing = loadKeyRing(config);
  // Of two threads on one embedded database, the web thread runs the WAL checkpoints.
  const storage = await Storage.open(config.database, { ...(options.link ? { link: options.link } : {}), checkpoints: config.role !== 'worker' || !options.link });
  try {
    await storage.migrate();
  } catch (error) {
    await storage.close();
    throw error;
  }
  const jobs = new EmbeddedJobQueue(storage, clock, {
    concurrency: config.jobConcurrency,
    onError: (err, job) => logger.warn({ err, job: job.name, jobId: job.id, attempt: job.attempt }, 'job failed'),
  });
  const dispatcher = new EventDispatcher(storage, { onError: (err) => logger.error({ err }, 'event subscriber failed') });
  // Rollups step aside while inbound messages are being processed (ingestion is built below).
  const rollups = new RollupWorker(storage, clock, { onError: (err) => logger.warn({ err }, 'analytics rollup batch failed'), busy: () => ingestion.drainer.busy });
  const realtime = new RealtimeHub();
  dispatcher.subscribe((events) => realtime.publishEvents(events));
  const channels = createChannelRegistry(config.channels.apiUrls);
  // Routing and replies call each other (a rule's acknowledgement goes out through the outbox; a
  // sent reply stops the SLA clock), so the acknowledgement hook reaches replies late-bound.
  const triage = createWorkspaceTriage({
    storage, clock, jobs, models: loadShippedModels(),
    onDamage: (workspaceId, what, err) => logger.error({ err, workspaceId }, `stored triage ${what} is unreadable; using the default`),
  });
  const routing = createRouting({
    storage, clock, jobs, realtime, onError: (err) => logger.warn({ err }, 'routing realtime handler failed'),
    acknowledge: async (tx, request) => { await queueAcknowledgement(replies, tx, request); },
    triageLabels: (tx, input) => triage.label(tx, input),
  });
  const outbox = new OutboxSender({
    storage, clock, jobs, keyRing, channels, fetch: options.fetch ?? fetch, callTimeoutMs: config.channels.timeoutMs, onDelivered: routing.replyHooks.onDelivered,
    onError: (err, channelAccountId) => logger.warn({ err, channelAccountId }, 'outbox drain failed'),
  });
  outbox.register();
  const replies: ReplyDeps = {
    storage, clock, channels, sender: outbox, assertNoNewerReply: routing.replyHooks.assertNoNewerReply,
    onAgentReply: async (tx, reply) => {
      await triage.label(tx, { workspaceId: reply.workspaceId, conversationId: reply.conversationId, actorId: reply.userId, feedback: [{ type: 'replied' }], ...(reply.inReplyToMessageId ? { messageId: reply.inReplyToMessageId } : {}) });
    },
  };
  const hooks = pipelineHooks({ clock, triage, routing, ...(options.inboundHooks ? { extra: options.inboundHooks } : {}) });
  const ingestion = createIngestion({ storage, clock, jobs, keyRing, registry: channels, logger, channels: config.channels, hooks, ...(options.fetch ? { fetch: options.fetch } : {}) });

  const http = await createHttpApp({ logger, maxBodyBytes: config.maxBodyBytes, version: EARSHOT_VERSION, trustProxy: config.trustProxy });
  registerHealthRoutes(http, { storage });
  const deps = {
    storage, clock, keyRing,
    onChannelChanged: async (workspaceId: string, channelAccountId: string) => {
      routing.ctx.settings.invalidate(workspaceId);
      await outbox.schedule(channelAccountId);
    },
  };
  await registerAuthentication(http, deps);
  registerAuthRoutes(http, deps);
  registerPeopleRoutes(http, deps);
  registerConversationRoutes(http, deps);
  registerInboxRoutes(http, { storage, clock });
  registerAdminRoutes(http, deps);
  await registerWebhookRoutes(http, { intake: ingestion.intake });
  registerChannelHealthRoutes(http, { storage, clock, meter: ingestion.meter, pollDefaults: ingestion.polling.defaults });
  registerInboundRoutes(http, { storage, clock, registry: channels, processor: ingestion.processor });
  registerContactMergeRoutes(http, deps);
  registerConversationCommandRoutes(http, { routing });
  registerRoutingRoutes(http, { routing });
  registerSlaRoutes(http, { routing });
  registerReplyRoutes(http, replies);
  registerCannedRoutes(http, { storage, clock, channels });
  registerTriageRoutes(http, { storage, clock, engines: triage.engines, routing });
  registerAnalyticsRoutes(http, { storage, clock });
  // The agent app at `/` (web/dist); last, so every API route above is matched first.
  registerWebApp(http);
  realtime.register(http, async (request) => {
    if (!sameOrigin(request)) return null;
    const resolved = await resolvePrincipal(deps, request);
    if (!resolved) return null;
    const scope = conversationScope(resolved.principal);
    return {
      workspaceId: resolved.principal.workspaceId, userId: resolved.principal.userId,
      canSee: (event) => eventInScope(scope, event), canSeeConversation: (conversation) => inScope(scope, conversation),
    };
  });
  await http.ready();

  let started = false;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    if (config.role !== 'web') {
      await jobs.start();
      // Crash recovery: accounts with queued or uncertain sends get a drain.
      await outbox.resumeAll();
      rollups.start();
    }
    await ingestion.start({ worker: config.role !== 'web' });
    // Live updates go to the browsers a web process serves; a worker process has none to feed.
    if (config.role !== 'worker') {
      await dispatcher.start();
      realtime.start();
    }
    await routing.start();
  };
  return {
    config, clock, logger, storage, jobs, dispatcher, realtime, routing, http, keyRing, channels, ingestion, outbox, triage, rollups, start,
    async listen() {
      await start();
      const address = await http.listen({ port: config.port, host: config.host });
      return address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
    },
    async close() {
      routing.stop();
      realtime.stop();
      await http.close();
      await ingestion.stop();
      await rollups.stop();
      await jobs.stop();
      await dispatcher.stop();
      await storage.close();
    },
  };
}
