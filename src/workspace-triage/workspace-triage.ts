// Triage as a part of Earshot with storage: every new inbound item is triaged by its workspace's
// engine inside the ingest transaction, and the result is stored (message_triage) for the
// conversation view, analytics and the spike detector; agents' actions become labels that a job
// teaches the workspace's model; spikes raise alerts.
import type { Clock } from '../core/clock.ts';
import type { IngestedMessage } from '../ingest/inbound-hooks.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Executor, Storage } from '../storage/storage.ts';
import type { NewRow } from '../storage/schema.ts';
import { insertMessageTriage } from '../storage/repositories/workspace-triage.repository.ts';
import type { TriageModels, TriageResult } from '../triage/index.ts';
import { WorkspaceTriageEngines } from './engines.ts';
import { LEARN_JOB, recordTriageLabels, type TriageLabelInput } from './labels.ts';
import { handleTriageLearn } from './learning.ts';
import { SPIKE_JOB, handleSpikeScan, scheduleSpikeScan } from './spikes.ts';

export interface WorkspaceTriage {
  readonly engines: WorkspaceTriageEngines;
  /** Triages new inbound messages with their workspace's engine and stores the results. */
  triageBatch(tx: Executor, batch: readonly IngestedMessage[]): Promise<Map<IngestedMessage, TriageResult>>;
  /** Records labels from an agent's action in the action's transaction. */
  label(tx: Executor, input: TriageLabelInput): Promise<number>;
}

export interface WorkspaceTriageDeps {
  storage: Storage;
  clock: Clock;
  jobs: JobQueue;
  models: TriageModels;
  onDamage?: (workspaceId: string, what: string, error: unknown) => void;
}

function storedTriage(m: IngestedMessage, result: TriageResult, now: number): NewRow<'message_triage'> {
  return {
    message_id: m.message.id, workspace_id: m.message.workspaceId, conversation_id: m.conversation.id,
    channel_account_id: m.account.id, author_identity_id: m.identity?.id ?? null,
    at: m.message.platformCreatedAt, created_at: now,
    needs_response: result.needsResponse ? 1 : 0, kind: result.kind, sentiment: result.sentiment.label,
    negative: result.sentiment.probabilities.negative, topic: result.topic.label, urgency: result.urgency.level,
    language: result.language.code, influence: result.influence.score,
    followers: m.identity?.followers ?? m.item.author.followers ?? null, priority: result.priority.score,
    model_version: result.modelVersion,
    details: JSON.stringify({
      needsResponseScore: result.needsResponseScore, sentiment: result.sentiment, topic: result.topic, urgency: result.urgency,
      language: result.language, influence: result.influence, priority: result.priority, explanation: result.explanation,
    }),
  };
}

export function createWorkspaceTriage(deps: WorkspaceTriageDeps): WorkspaceTriage {
  const engines = new WorkspaceTriageEngines(deps.models, deps.onDamage);
  deps.jobs.register<{ workspaceId: string }>(LEARN_JOB, handleTriageLearn({ storage: deps.storage, clock: deps.clock, engines }));
  deps.jobs.register<{ workspaceId: string }>(SPIKE_JOB, handleSpikeScan(deps));
  return {
    engines,
    async triageBatch(tx, batch) {
      const now = deps.clock.now();
      const results = new Map<IngestedMessage, TriageResult>();
      const rows: NewRow<'message_triage'>[] = [];
      const workspaces = new Set<string>();
      for (const m of batch) {
        const engine = await engines.forWorkspace(tx, m.message.workspaceId, now);
        const result = engine.triage({
          text: m.message.body, network: m.account.network, surface: m.message.surface, messageKind: m.message.kind,
          author: { followers: m.identity?.followers ?? m.item.author.followers ?? null, verified: m.identity?.verified ?? m.item.author.verified ?? false },
          ...(m.item.engagement ? { engagement: m.item.engagement } : {}),
        });
        results.set(m, result);
        rows.push(storedTriage(m, result, now));
        workspaces.add(m.message.workspaceId);
      }
      await insertMessageTriage(tx, rows);
      for (const workspaceId of workspaces) await scheduleSpikeScan(tx, deps.jobs, workspaceId, now);
      return results;
    },
    label: (tx, input) => recordTriageLabels(tx, deps.jobs, deps.clock, input),
  };
}
