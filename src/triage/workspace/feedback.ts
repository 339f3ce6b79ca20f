// Agent actions as labels. Each action updates the workspace layer of the head it speaks about:
// replying means the item needed a response (complaint or question: a partial label, the agent
// does not say which); dismissing means it did not; changing the topic, kind or sentiment gives
// the class; changing the priority moves the topic's learned priority adjustment.
import type { EngineContext } from '../engine-context.ts';
import { scoreText } from '../scoring.ts';
import { KINDS, SENTIMENTS, type Kind, type Sentiment, type TriageInput, type TriageResult } from '../types.ts';

export type TriageFeedback =
  | { type: 'replied' }
  | { type: 'dismissed' }
  | { type: 'kind'; kind: Kind }
  | { type: 'topic'; topic: string }
  | { type: 'sentiment'; sentiment: Sentiment }
  | { type: 'priority'; priority: number };

const NEEDS_RESPONSE = [KINDS.indexOf('complaint'), KINDS.indexOf('question')];
const NO_RESPONSE = [KINDS.indexOf('feedback'), KINDS.indexOf('chatter'), KINDS.indexOf('spam')];

function learnPriority(ctx: EngineContext, result: TriageResult, wanted: number): void {
  if (!Number.isFinite(wanted)) return;
  const target = Math.max(0, Math.min(100, wanted));
  const before = result.priority.score - (result.priority.components.workspaceAdjustment ?? 0);
  const a = (ctx.priority[result.topic.label] ??= { n: 0, mean: 0 });
  a.n += 1;
  a.mean += (target - before - a.mean) / a.n;
  a.mean = Math.round(a.mean * 100) / 100;
}

/** Applies one action; unknown topics and values are ignored (the caller's data may be stale). */
export function learnFeedback(ctx: EngineContext, input: TriageInput, feedback: TriageFeedback, triage: (i: TriageInput) => TriageResult): void {
  const text = typeof input.text === 'string' ? input.text : '';
  const s = scoreText(ctx.models.classifiers, ctx.cfg, ctx.layers, text);
  const x = s.layerInput;
  switch (feedback.type) {
    case 'replied': ctx.layers.kind.update(x, s.kind, NEEDS_RESPONSE); break;
    case 'dismissed': ctx.layers.kind.update(x, s.kind, NO_RESPONSE); break;
    case 'kind': {
      const k = KINDS.indexOf(feedback.kind);
      if (k < 0) return;
      ctx.layers.kind.update(x, s.kind, k);
      break;
    }
    case 'sentiment': {
      const k = SENTIMENTS.indexOf(feedback.sentiment);
      if (k < 0) return;
      ctx.layers.sentiment.update(x, s.sentiment, k);
      break;
    }
    case 'topic': {
      const k = ctx.cfg.topics.findIndex((t) => t.id === feedback.topic);
      if (k < 0) return;
      ctx.layers.topic.update(x, s.topic, k);
      break;
    }
    case 'priority': learnPriority(ctx, triage(input), feedback.priority); break;
    default: return;
  }
  ctx.updates++;
}
