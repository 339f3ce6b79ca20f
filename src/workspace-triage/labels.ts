// Agents' actions become triage labels: replying says the item needed a response, resolving
// without a reply says it did not, a changed topic, kind, sentiment or priority gives the right
// answer. Labels are written in the action's transaction (they exist exactly when the action
// does) and a job teaches them to the workspace's model soon after (learning.ts).
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Executor } from '../storage/storage.ts';
import { insertTriageLabels, latestInboundMessageId } from '../storage/repositories/workspace-triage.repository.ts';
import type { TriageFeedback } from '../triage/index.ts';

export const LEARN_JOB = 'triage.learn';

export interface TriageLabelInput {
  workspaceId: string;
  conversationId: string;
  /** The item the action speaks about; default: the conversation's newest inbound message. */
  messageId?: string;
  actorId: string | null;
  feedback: TriageFeedback[];
}

/** The value column of a label (the class or the priority), null for replied and dismissed. */
export function labelValue(feedback: TriageFeedback): string | null {
  switch (feedback.type) {
    case 'kind': return feedback.kind;
    case 'topic': return feedback.topic;
    case 'sentiment': return feedback.sentiment;
    case 'priority': return String(feedback.priority);
    default: return null;
  }
}

/** Records the labels; returns how many (none when the conversation has no inbound message). */
export async function recordTriageLabels(tx: Executor, jobs: JobQueue, clock: Clock, input: TriageLabelInput): Promise<number> {
  if (input.feedback.length === 0) return 0;
  const messageId = input.messageId ?? await latestInboundMessageId(tx, input.workspaceId, input.conversationId);
  if (!messageId) return 0;
  const now = clock.now();
  await insertTriageLabels(tx, input.feedback.map((feedback) => ({
    id: newId(now), workspace_id: input.workspaceId, message_id: messageId, conversation_id: input.conversationId,
    action: feedback.type, value: labelValue(feedback), actor_id: input.actorId, created_at: now, applied_at: null,
  })));
  await jobs.enqueue(LEARN_JOB, { workspaceId: input.workspaceId }, { uniqueKey: `${LEARN_JOB}:${input.workspaceId}`, runAt: now, executor: tx });
  return input.feedback.length;
}
