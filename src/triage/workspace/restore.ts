// Builds a workspace's layers from stored state (or empty), and the topic seed layer from the
// workspace's topic examples; exports the learned part back to JSON.
import type { ResolvedConfig } from '../config.ts';
import type { EngineContext, TriageModels } from '../engine-context.ts';
import { scoreText, wordsOnly, type WorkspaceLayers } from '../scoring.ts';
import { argmax } from '../model/linear.ts';
import { BACKGROUND_POSTS } from './background.ts';
import { KINDS, SENTIMENTS } from '../types.ts';
import { DEFAULT_LAYER_OPTIONS, SparseLayer } from './layer.ts';
import { emptyWorkspaceState, type WorkspaceState } from './state.ts';

// Few examples, so several passes: enough for them to outweigh the shipped head on similar posts.
const SEED_EPOCHS = 20;

/** An example already this sure of its topic teaches nothing more (keeps examples from taking over). */
const SEED_CONFIDENT = 0.99;

/**
 * Learns the workspace's topic examples (deterministic: fixed order and epochs). Examples usually
 * come for one or two new topics only, so the seed layer learns no bias and stops on an example
 * once it is classified with confidence: it must not pull every post into the new topic.
 */
function seedTopics(models: TriageModels, cfg: ResolvedConfig, layers: WorkspaceLayers): SparseLayer | null {
  const examples = cfg.topics.flatMap((t, i) => t.examples.map((text) => [i, text] as const));
  if (examples.length === 0) return null;
  // Background posts keep the topic the engine gives them without examples.
  const background = BACKGROUND_POSTS.map((text) => [argmax(scoreText(models.classifiers, cfg, layers, text).topic), text] as const);
  const seed = new SparseLayer(cfg.topics.map((t) => t.id), { ...DEFAULT_LAYER_OPTIONS, learningRate: 1.0, biasLearningRate: 0 });
  const withSeed = { ...layers, topicSeed: seed };
  for (let epoch = 0; epoch < SEED_EPOCHS; epoch++) {
    for (const [topic, text] of [...examples, ...background]) {
      const s = scoreText(models.classifiers, cfg, withSeed, text);
      if (s.topic[topic]! < SEED_CONFIDENT) seed.update(wordsOnly(s.layerInput, s.features), s.topic, topic);
    }
  }
  return seed;
}

export function restoreLayers(models: TriageModels, cfg: ResolvedConfig, state?: WorkspaceState) {
  const s = state ?? emptyWorkspaceState(models.classifiers.modelVersion);
  const layers: WorkspaceLayers = {
    kind: new SparseLayer(KINDS, undefined, s.heads.kind),
    sentiment: new SparseLayer(SENTIMENTS, undefined, s.heads.sentiment),
    topic: new SparseLayer(cfg.topics.map((t) => t.id), undefined, s.heads.topic),
    topicSeed: null,
  };
  layers.topicSeed = seedTopics(models, cfg, layers);
  return { layers, priority: structuredClone(s.priority), updates: s.updates };
}

export function exportLayers(ctx: EngineContext): WorkspaceState {
  return {
    ...emptyWorkspaceState(ctx.models.classifiers.modelVersion),
    updates: ctx.updates,
    heads: { kind: ctx.layers.kind.toState(), sentiment: ctx.layers.sentiment.toState(), topic: ctx.layers.topic.toState() },
    priority: structuredClone(ctx.priority),
  };
}

