// The job that teaches a workspace's model its pending labels: in label order, on top of the
// stored learned state, saved with the workspace's version so two learners never overwrite each
// other (the loser retries on the new state). Labels are kept after they are applied: the
// workspace layer can be rebuilt from them (after a model upgrade, say).
import type { Clock } from '../core/clock.ts';
import type { Storage } from '../storage/storage.ts';
import {
  ensureWorkspaceTriage, markLabelsApplied, pendingLabels, readWorkspaceTriage, saveLearnedState, type PendingLabel,
} from '../storage/repositories/workspace-triage.repository.ts';
import { KINDS, SENTIMENTS, type Kind, type Sentiment, type TriageFeedback, type TriageInput } from '../triage/index.ts';
import type { WorkspaceTriageEngines } from './engines.ts';

const BATCH = 500;
const MAX_ROUNDS = 20;

export function feedbackOf(label: Pick<PendingLabel, 'action' | 'value'>): TriageFeedback | null {
  const value = label.value ?? '';
  switch (label.action) {
    case 'replied': return { type: 'replied' };
    case 'dismissed': return { type: 'dismissed' };
    case 'kind': return (KINDS as readonly string[]).includes(value) ? { type: 'kind', kind: value as Kind } : null;
    case 'sentiment': return (SENTIMENTS as readonly string[]).includes(value) ? { type: 'sentiment', sentiment: value as Sentiment } : null;
    case 'topic': return value ? { type: 'topic', topic: value } : null;
    case 'priority': return Number.isFinite(Number(value)) && value !== '' ? { type: 'priority', priority: Number(value) } : null;
    default: return null;
  }
}

export function inputOf(label: PendingLabel): TriageInput {
  return {
    text: label.text, network: label.network, surface: label.surface, messageKind: label.messageKind,
    author: { followers: label.followers, verified: label.verified },
  };
}

export interface LearningDeps {
  storage: Storage;
  clock: Clock;
  engines: WorkspaceTriageEngines;
}

/** Applies one batch; returns how many labels it took (0: nothing pending), or null on a lost race. */
async function learnBatch(deps: LearningDeps, workspaceId: string): Promise<number | null> {
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    await ensureWorkspaceTriage(tx, workspaceId, now);
    const row = await readWorkspaceTriage(tx, workspaceId);
    const labels = await pendingLabels(tx, workspaceId, BATCH);
    if (!row || labels.length === 0) return 0;
    const engine = deps.engines.build(workspaceId, row);
    for (const label of labels) {
      const feedback = feedbackOf(label);
      if (feedback) engine.learn(inputOf(label), feedback);
    }
    if (!(await saveLearnedState(tx, workspaceId, JSON.stringify(engine.state()), Number(row.version), now))) return null;
    await markLabelsApplied(tx, labels.map((l) => l.id), now);
    return labels.length;
  });
}

export function handleTriageLearn(deps: LearningDeps) {
  return async (payload: { workspaceId: string }): Promise<void> => {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const applied = await learnBatch(deps, payload.workspaceId);
      if (applied !== null) deps.engines.invalidate(payload.workspaceId);
      if (applied !== null && applied < BATCH) return;
    }
    throw new Error(`triage learning for workspace ${payload.workspaceId} did not settle; it will run again`);
  };
}
