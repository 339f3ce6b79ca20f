// Per-workspace triage settings: the topic list (defaults plus the workspace's own, each with
// keyword seeds and examples) and the priority weights.
import { DEFAULT_PRIORITY_WEIGHTS, type PriorityWeights } from './priority.ts';
import { tokenize } from './text/tokenize.ts';
import { DEFAULT_TOPICS } from './types.ts';

export interface TopicDefinition {
  /** Stable id, e.g. "flight_disruption". Default topic ids use the shipped model. */
  id: string;
  /** Words or phrases that point to the topic; "cancel*" matches any word starting with "cancel". */
  keywords?: string[];
  /** Example posts: the workspace layer learns the topic from them when the engine is created. */
  examples?: string[];
}

export interface TriageConfig {
  /** Topics in order; omitted: the default topics. "other" is always kept as the fallback. */
  topics?: TopicDefinition[];
  priorityWeights?: Partial<PriorityWeights>;
  /** Calibrated P(needs response) at or above which an item needs a response. Default 0.5. */
  needsResponseThreshold?: number;
}

export interface ResolvedTopic {
  id: string;
  /** Index in the shipped topic head, or -1 for a workspace topic. */
  shipped: number;
  keywords: Array<{ tokens: string[]; prefix: boolean }>;
  examples: string[];
}

export interface ResolvedConfig {
  topics: ResolvedTopic[];
  /** Whether any topic has keywords (scoring skips keyword matching otherwise). */
  hasKeywords: boolean;
  weights: PriorityWeights;
  threshold: number;
}

function keywordTokens(keyword: string): { tokens: string[]; prefix: boolean } {
  const prefix = keyword.trim().endsWith('*');
  const tokens = tokenize(keyword.replace(/\*\s*$/, '')).filter((t) => t.kind === 'word').map((t) => t.text);
  return { tokens, prefix };
}

export function resolveConfig(config: TriageConfig = {}): ResolvedConfig {
  const defs: TopicDefinition[] = config.topics ?? DEFAULT_TOPICS.map((id) => ({ id }));
  const seen = new Set<string>();
  const topics: ResolvedTopic[] = [];
  for (const def of [...defs, { id: 'other' } as TopicDefinition]) {
    if (!def.id || seen.has(def.id)) continue;
    seen.add(def.id);
    topics.push({
      id: def.id,
      shipped: (DEFAULT_TOPICS as readonly string[]).indexOf(def.id),
      keywords: (def.keywords ?? []).map(keywordTokens).filter((k) => k.tokens.length > 0),
      examples: def.examples ?? [],
    });
  }
  const threshold = config.needsResponseThreshold ?? 0.5;
  if (!(threshold > 0 && threshold < 1)) throw new Error('needsResponseThreshold must be between 0 and 1');
  const hasKeywords = topics.some((t) => t.keywords.length > 0);
  return { topics, hasKeywords, weights: { ...DEFAULT_PRIORITY_WEIGHTS, ...config.priorityWeights }, threshold };
}

/** How many of the topic's keywords occur in the post's normalized words. */
export function keywordMatches(topic: ResolvedTopic, words: readonly string[]): string[] {
  const hits: string[] = [];
  for (const k of topic.keywords) {
    const n = k.tokens.length;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const w = words[i + j]!;
        const want = k.tokens[j]!;
        ok = j === n - 1 && k.prefix ? w.startsWith(want) : w === want;
      }
      if (ok) {
        hits.push(k.tokens.join(' ') + (k.prefix ? '*' : ''));
        break;
      }
    }
  }
  return hits;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Checks untrusted JSON (a workspace setting from the database or a --config file). */
export function parseTriageConfig(value: unknown): TriageConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('triage config must be a JSON object');
  const v = value as Record<string, unknown>;
  if (v.topics !== undefined) {
    if (!Array.isArray(v.topics)) throw new Error('topics must be an array');
    for (const t of v.topics as unknown[]) {
      const topic = t as Record<string, unknown> | null;
      if (!topic || typeof topic.id !== 'string' || !/^[a-z0-9_]{1,64}$/.test(topic.id)) throw new Error('each topic needs an id of lower-case letters, digits and _');
      if (topic.keywords !== undefined && !isStringArray(topic.keywords)) throw new Error(`topic ${topic.id}: keywords must be strings`);
      if (topic.examples !== undefined && !isStringArray(topic.examples)) throw new Error(`topic ${topic.id}: examples must be strings`);
    }
  }
  if (v.priorityWeights !== undefined) {
    const w = v.priorityWeights as Record<string, unknown> | null;
    if (typeof w !== 'object' || w === null || Object.values(w).some((x) => typeof x !== 'number' || !Number.isFinite(x) || x < 0)) {
      throw new Error('priorityWeights must map names to non-negative numbers');
    }
  }
  if (v.needsResponseThreshold !== undefined && typeof v.needsResponseThreshold !== 'number') throw new Error('needsResponseThreshold must be a number');
  resolveConfig(value as TriageConfig);
  return value as TriageConfig;
}
