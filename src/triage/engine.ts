// The triage engine: pure, synchronous, fast. One engine per workspace (its topics, weights and
// learned layer); the decoded models are shared by all engines of a process.
import { resolveConfig, type TriageConfig } from './config.ts';
import type { EngineContext, TriageModels } from './engine-context.ts';
import { fieldLine, secondBest, topWords } from './explain.ts';
import { assessInfluence } from './influence.ts';
import { identifyLanguageOfTokens } from './language/identify.ts';
import { computePriority } from './priority.ts';
import { assessUrgency } from './rules/urgency.ts';
import { scoreText, type Scores } from './scoring.ts';
import { KINDS, SENTIMENTS, type Kind, type Sentiment, type TriageInput, type TriageResult } from './types.ts';
import { learnFeedback, type TriageFeedback } from './workspace/feedback.ts';
import { exportLayers, restoreLayers } from './workspace/restore.ts';
import type { WorkspaceState } from './workspace/state.ts';

export type { TriageModels } from './engine-context.ts';

export interface TriageEngine {
  /** The workspace's topic ids, "other" last. */
  readonly topics: readonly string[];
  triage(input: TriageInput): TriageResult;
  /** Learns from one agent action on an item (updates the workspace layer in memory). */
  learn(input: TriageInput, feedback: TriageFeedback): void;
  /** The workspace layer as JSON to store; pass it back to createTriageEngine to resume. */
  state(): WorkspaceState;
}

const NEEDS = [KINDS.indexOf('complaint'), KINDS.indexOf('question')];

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function argmaxOf(p: readonly number[], among: readonly number[]): number {
  return among.reduce((best, i) => (p[i]! > p[best]! ? i : best), among[0]!);
}

/** Kind consistent with the needs-response decision (the two never contradict each other). */
function decideKind(p: readonly number[], needs: boolean): number {
  const among = KINDS.map((_, i) => i).filter((i) => NEEDS.includes(i) === needs);
  return argmaxOf(p, among);
}

function classify(ctx: EngineContext, s: Scores) {
  const needsScore = s.kind[NEEDS[0]!]! + s.kind[NEEDS[1]!]!;
  const needsResponse = needsScore >= ctx.cfg.threshold;
  const kind = decideKind(s.kind, needsResponse);
  const sentiment = argmaxOf(s.sentiment, [0, 1, 2]);
  const topic = argmaxOf(s.topic, s.topic.map((_, i) => i));
  return { needsScore, needsResponse, kind, sentiment, topic };
}

function explainClassifiers(ctx: EngineContext, s: Scores, c: ReturnType<typeof classify>): string[] {
  const classifiers = ctx.models.classifiers;
  const { heads } = classifiers;
  const f = s.features;
  const t = ctx.cfg.topics[c.topic]!;
  const otherShipped = heads.topic.classes.indexOf('other');
  const [kindWords, sentimentWords, topicWords] = topWords(classifiers, f, [
    { head: heads.kind, best: c.kind, other: secondBest(s.kind, c.kind) },
    { head: heads.sentiment, best: c.sentiment, other: secondBest(s.sentiment, c.sentiment) },
    { head: heads.topic, best: t.shipped, other: t.shipped === otherShipped ? -1 : otherShipped },
  ]);
  const lines = [
    fieldLine('kind', KINDS[c.kind]!, s.kind[c.kind]!, [...kindWords!, ...s.spam.hits.map((h) => `spam rule ${h}`)]),
    fieldLine('sentiment', SENTIMENTS[c.sentiment]!, s.sentiment[c.sentiment]!, [
      ...sentimentWords!,
      ...f.lexicon.hits.slice(0, 2).map((h) => `lexicon "${h.term}" ${h.score > 0 ? '+' : ''}${h.score.toFixed(1)}`),
    ]),
    fieldLine('topic', t.id, s.topic[c.topic]!, [...topicWords!, ...s.keywordHits[c.topic]!.map((k) => `keyword "${k}"`)]),
  ];
  if (ctx.updates > 0) lines.push(`workspace layer: learned from ${ctx.updates} agent actions`);
  return lines;
}

export function triageItem(ctx: EngineContext, input: TriageInput): TriageResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const s = scoreText(ctx.models.classifiers, ctx.cfg, ctx.layers, text);
  const c = classify(ctx, s);
  const spam = KINDS[c.kind] === 'spam';
  const urgency = assessUrgency(text.toLowerCase(), { needsResponse: c.needsResponse, spam, negative: s.sentiment[0]!, author: input.author });
  const influence = assessInfluence(input);
  const topicId = ctx.cfg.topics[c.topic]!.id;
  const priority = computePriority({
    needsResponse: c.needsScore, urgencyLevel: urgency.level, negative: s.sentiment[0]!, influence: influence.score,
    isPublic: input.surface !== 'private', spam: s.kind[KINDS.indexOf('spam')]!, adjustment: adjustmentFor(ctx, topicId),
  }, ctx.cfg.weights);
  const language = identifyLanguageOfTokens(ctx.models.language, s.features.tokens);
  const explanation = explainClassifiers(ctx, s, c);
  if (urgency.signals.length > 0) explanation.push(`urgency=${urgency.level}: ${urgency.signals.join(', ')}`);
  if (influence.reasons.length > 0) explanation.push(`influence=${influence.score}: ${influence.reasons.join(', ')}`);
  return {
    needsResponse: c.needsResponse,
    needsResponseScore: round(c.needsScore),
    kind: KINDS[c.kind]!,
    kindProbabilities: {
      complaint: round(s.kind[0]!), question: round(s.kind[1]!), feedback: round(s.kind[2]!), chatter: round(s.kind[3]!), spam: round(s.kind[4]!),
    } satisfies Record<Kind, number>,
    sentiment: {
      label: SENTIMENTS[c.sentiment]!,
      score: round(s.sentiment[c.sentiment]!),
      probabilities: { negative: round(s.sentiment[0]!), neutral: round(s.sentiment[1]!), positive: round(s.sentiment[2]!) } satisfies Record<Sentiment, number>,
    },
    topic: { label: topicId, confidence: round(s.topic[c.topic]!) },
    urgency,
    language,
    influence,
    priority,
    explanation,
    modelVersion: ctx.updates > 0 ? `${ctx.models.classifiers.modelVersion}+ws${ctx.updates}` : ctx.models.classifiers.modelVersion,
  };
}

/** Learned priority adjustment for a topic, shrunk towards 0 until there are several corrections. */
export function adjustmentFor(ctx: EngineContext, topic: string): number {
  const a = ctx.priority[topic];
  return a ? (a.mean * a.n) / (a.n + 5) : 0;
}

export function createTriageEngine(models: TriageModels, config: TriageConfig = {}, state?: WorkspaceState): TriageEngine {
  const cfg = resolveConfig(config);
  const restored = restoreLayers(models, cfg, state);
  const ctx: EngineContext = { models, cfg, ...restored };
  return {
    topics: cfg.topics.map((t) => t.id),
    triage: (input) => triageItem(ctx, input),
    learn: (input, feedback) => learnFeedback(ctx, input, feedback, (i) => triageItem(ctx, i)),
    state: () => exportLayers(ctx),
  };
}
