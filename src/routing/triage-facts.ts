// What routing keeps of a triage result (src/triage): the fields rules read and the summary stored
// on the conversation. The pipeline passes `triageFacts(result)` to routeInbound.
import type { TriageFacts } from '../core/routing/facts.ts';
import { priorityFromScore } from '../core/routing/priority.ts';
import type { TriageResult } from '../triage/index.ts';

export function triageFacts(result: TriageResult): TriageFacts {
  return {
    needsResponse: result.needsResponse, kind: result.kind, sentiment: result.sentiment.label, sentimentScore: result.sentiment.score,
    topic: result.topic.label, urgency: result.urgency.level, language: result.language.code, influence: result.influence.score,
    influenceTier: result.influence.tier, priority: priorityFromScore(result.priority.score),
  };
}
