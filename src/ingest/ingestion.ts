// Ingestion, assembled: the pieces the composition root wires (webhook intake for the HTTP
// edge, the processing job, the startup sweep, activity counters) and their lifecycle.
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { KeyRing } from '../security/secrets.ts';
import type { Storage } from '../storage/storage.ts';
import { ActivityRecorder } from './activity-recorder.ts';
import { ChannelDirectory } from './channel-directory.ts';
import { InboundProcessor } from './inbound-processor.ts';
import { noInboundHooks, type InboundHooks } from './inbound-hooks.ts';
import { IngestWriter } from './ingest-writer.ts';
import { InboundDrainer } from './inbound-drainer.ts';
import { WebhookIntake } from './webhook-intake.ts';
import { CostMeter } from './cost-meter.ts';
import { pollAccount, POLL_JOB, type PollingDeps } from './channel-polling.ts';
import { MONITOR_EVERY_MS, MONITOR_JOB, monitorChannels } from './channel-monitor.ts';
import type { Config } from '../config/config.ts';
import { HYDRATE_JOB, hydrateMessage } from './hydrate.ts';

export interface IngestionDeps {
  storage: Storage;
  clock: Clock;
  jobs: JobQueue;
  keyRing: KeyRing;
  registry: ChannelRegistry;
  logger: Logger;
  hooks?: InboundHooks;
  channels: Config['channels'];
  /** The HTTP client for platform calls (tests may record them). */
  fetch?: typeof fetch;
}

export interface Ingestion {
  readonly directory: ChannelDirectory;
  readonly intake: WebhookIntake;
  readonly processor: InboundProcessor;
  readonly drainer: InboundDrainer;
  readonly activity: ActivityRecorder;
  readonly meter: CostMeter;
  readonly polling: PollingDeps;
  /** Starts the counters and, in a worker, the processing loop and the channel monitor. */
  start(options: { worker: boolean }): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when nothing waits to be processed and no job is due (tests and benchmarks). */
  settle(): Promise<void>;
}

export function createIngestion(deps: IngestionDeps): Ingestion {
  const { storage, clock, jobs, logger } = deps;
  const directory = new ChannelDirectory(deps);
  const processor = new InboundProcessor({
    storage, clock, registry: deps.registry, directory, hooks: deps.hooks ?? noInboundHooks, logger,
    scheduleHydration: async (tx, ids) => { for (const messageId of ids) await jobs.enqueue(HYDRATE_JOB, { messageId }, { executor: tx }); },
  });
  // eslint-disable-next-line prefer-const -- the writer and the drainer refer to each other
  let writer: IngestWriter;
  // The drainer watches the intake's load; the intake (through the writer) wakes the drainer.
  const watched: { intake?: WebhookIntake } = {};
  // With the webhook edge in the process's other thread (storage.peer), the two run on their own
  // cores and store to different files: no yielding of time, and small transactions only while
  // another writer of the database (an agent's command in the web thread) waits for its lock.
  const drainer = new InboundDrainer(processor, logger, storage.peer
    ? { contended: () => (storage.writeLock?.waiting ?? 0) > 0 }
    : { contended: () => writer.busy, pressure: () => watched.intake?.inFlight ?? 0 });
  writer = new IngestWriter(deps, { onStored: () => drainer.kick() });
  const activity = new ActivityRecorder({ storage, clock, onError: (err) => logger.warn({ err }, 'channel activity not recorded') });
  const intake = new WebhookIntake({ registry: deps.registry, directory, writer, activity, clock, logger });
  watched.intake = intake;

  // Prices per network: what the adapter publishes, with configured X prices over them.
  const meter = new CostMeter((network) => ({ ...deps.registry.get(network).adapter.capabilities.usagePrices, ...(network === 'x' ? deps.channels.xPrices : {}) }));
  const polling: PollingDeps = {
    storage, clock, jobs, registry: deps.registry, directory, meter, logger, fetch: deps.fetch ?? fetch, timeoutMs: deps.channels.timeoutMs,
    defaults: { intervalMs: deps.channels.xPollIntervalMs, budgetUsd: deps.channels.xPollBudgetUsd },
    onStored: () => drainer.kick(),
  };
  jobs.register<{ channelAccountId: string }>(POLL_JOB, ({ channelAccountId }) => pollAccount(polling, channelAccountId));
  const hydration = { storage, clock, registry: deps.registry, directory, fetch: deps.fetch ?? fetch, timeoutMs: deps.channels.timeoutMs };
  jobs.register<{ messageId: string }>(HYDRATE_JOB, ({ messageId }) => hydrateMessage(hydration, messageId));
  jobs.register(MONITOR_JOB, async () => {
    try {
      await monitorChannels({ storage, clock, jobs, registry: deps.registry, logger });
    } finally {
      await jobs.enqueue(MONITOR_JOB, {}, { uniqueKey: MONITOR_JOB, runAt: clock.now() + MONITOR_EVERY_MS });
    }
  });

  return {
    directory, intake, processor, drainer, activity, meter, polling,
    async start({ worker }) {
      activity.start();
      if (worker) {
        // Starting sweeps first: whatever was stored and not processed before a crash goes now.
        drainer.start();
        // Events stored by the webhook edge in the process's other thread.
        storage.onRemoteCommit(() => drainer.kick());
        // The monitor also arms the poll job of every polled account.
        await jobs.enqueue(MONITOR_JOB, {}, { uniqueKey: MONITOR_JOB });
      }
    },
    async stop() {
      await drainer.stop();
      await activity.stop();
    },
    async settle() {
      for (;;) {
        drainer.kick();
        await drainer.idle();
        // Processing may have scheduled follow-up jobs (hydration); they may store more events.
        await jobs.drain();
        const waiting = await storage.db.selectFrom('inbound_events').select('id').where('status', '=', 'received').limit(1).execute();
        if (waiting.length === 0) return;
      }
    },
  };
}
