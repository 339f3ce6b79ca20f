// Spike detection over the triaged stream, per workspace: a job reads the items triaged since
// its last position (message_triage, in the order they were triaged), feeds them to the detector
// (src/triage/spike) and emits `alert.spike_detected` with the evidence, in one transaction with
// the detector's state and position, so an alert is raised once even if the job runs twice.
//
// The job is scheduled by ingestion on a fixed 10-second grid, so steady traffic cannot push it
// back forever. It reads only items triaged at least COMMIT_LAG_MS ago: on PostgreSQL a
// transaction that started earlier may commit later, and a reader at the head of the stream
// would step over it.
import type { Clock } from '../core/clock.ts';
import { emit } from '../events/emit.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Executor, Storage } from '../storage/storage.ts';
import { ensureWorkspaceTriage, readTriageStream, readWorkspaceTriage, saveSpikeState } from '../storage/repositories/workspace-triage.repository.ts';
import { createSpikeState, observeSpike, type SpikeAlert, type SpikeState } from '../triage/index.ts';

export const SPIKE_JOB = 'triage.spikes';
const SCAN_EVERY_MS = 10_000;
export const COMMIT_LAG_MS = 5_000;
const BATCH = 5_000;

/** Makes sure the workspace's stream is scanned soon (called in the ingest transaction). */
export async function scheduleSpikeScan(db: Executor, jobs: JobQueue, workspaceId: string, now: number): Promise<void> {
  const runAt = Math.ceil((now + COMMIT_LAG_MS) / SCAN_EVERY_MS) * SCAN_EVERY_MS;
  await jobs.enqueue(SPIKE_JOB, { workspaceId }, { uniqueKey: `${SPIKE_JOB}:${workspaceId}`, runAt, executor: db });
}

function parseSpikeState(json: string | null): SpikeState {
  if (!json) return createSpikeState();
  const value = JSON.parse(json) as Partial<SpikeState>;
  return value.format === 'earshot-spike-state' && value.version === 1 && typeof value.series === 'object' ? value as SpikeState : createSpikeState();
}

function alertEvent(alert: SpikeAlert) {
  return {
    kind: alert.kind, channelAccountId: alert.channelAccountId, topic: alert.topic === '*' ? null : alert.topic,
    evidence: { observed: alert.observed, expected: alert.expected, threshold: alert.threshold, window: alert.window, ...alert.evidence },
  };
}

export interface SpikeDeps {
  storage: Storage;
  clock: Clock;
  jobs: JobQueue;
}

class ScanRaced extends Error {}

/** Scans one batch; returns the alerts it raised and whether more is waiting. */
export async function scanSpikes(deps: SpikeDeps, workspaceId: string): Promise<{ alerts: number; more: boolean }> {
  try {
    return await scanBatch(deps, workspaceId);
  } catch (error) {
    // Another scan took this batch; whatever is left, the next run reads.
    if (error instanceof ScanRaced) return { alerts: 0, more: false };
    throw error;
  }
}

async function scanBatch(deps: SpikeDeps, workspaceId: string): Promise<{ alerts: number; more: boolean }> {
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    await ensureWorkspaceTriage(tx, workspaceId, now);
    const row = await readWorkspaceTriage(tx, workspaceId);
    if (!row) return { alerts: 0, more: false };
    const state = parseSpikeState(row.spike_state);
    const from = { at: Number(row.spike_cursor_at), id: row.spike_cursor_id };
    const items = await readTriageStream(tx, workspaceId, from, now - COMMIT_LAG_MS, BATCH);
    if (items.length === 0) return { alerts: 0, more: false };
    const alerts = items.flatMap((item) => observeSpike(state, {
      at: Number(item.at), channelAccountId: item.channel_account_id, topic: item.topic, negative: item.sentiment === 'negative',
      itemId: item.message_id, kind: item.kind, influence: Number(item.influence),
      followers: item.followers === null ? null : Number(item.followers), ...(item.author_identity_id ? { authorId: item.author_identity_id } : {}),
    }));
    const last = items[items.length - 1]!;
    // Two scans at once (two processes): the second finds the position moved and rolls back, so
    // its alerts are never written twice.
    if (!(await saveSpikeState(tx, workspaceId, JSON.stringify(state), from, { at: Number(last.created_at), id: last.message_id }, now))) throw new ScanRaced();
    for (const alert of alerts) {
      await emit(tx, deps.clock, { type: 'alert.spike_detected', workspaceId, teamId: null, payload: alertEvent(alert) });
    }
    return { alerts: alerts.length, more: items.length === BATCH };
  });
}

export function handleSpikeScan(deps: SpikeDeps) {
  return async (payload: { workspaceId: string }): Promise<void> => {
    const { more } = await scanSpikes(deps, payload.workspaceId);
    if (more) await deps.jobs.enqueue(SPIKE_JOB, payload, { uniqueKey: `${SPIKE_JOB}:${payload.workspaceId}`, runAt: deps.clock.now() });
  };
}
