// Evaluating rule conditions against RuleFacts. Conditions compile once per rule-set version into
// closures (the hot path: every inbound message), and the same tree can be explained step by step
// for a dry-run: which leaf passed or failed, and on what actual value.
import type { RuleFacts } from './facts.ts';
import { FIELD_KINDS, type Condition, type LeafCondition } from './rule-schema.ts';
import { compilePattern, foldText, hasKeyword } from './text-match.ts';

type Scalar = string | number | boolean;
type Actual = Scalar | readonly string[] | null;

/** Per-evaluation memo: the folded text is computed once for all keyword conditions. */
export class EvaluationInput {
  readonly facts: RuleFacts;
  #folded: string | undefined;
  constructor(facts: RuleFacts) {
    this.facts = facts;
  }
  get folded(): string {
    this.#folded ??= foldText(this.facts.text);
    return this.#folded;
  }
}

export type Predicate = (input: EvaluationInput) => boolean;

export interface ConditionTrace {
  /** The condition in words, e.g. `sentiment in [negative]`. */
  condition: string;
  passed: boolean;
  /** The value the condition saw (leaves only). */
  actual?: Actual;
  children?: ConditionTrace[];
}

export function actualValue(leaf: LeafCondition, facts: RuleFacts): Actual {
  const t = facts.triage;
  switch (leaf.field) {
    case 'channel': return facts.channel.network;
    case 'channelAccount': return facts.channel.accountId;
    case 'surface': return facts.surface;
    case 'messageKind': return facts.messageKind;
    case 'needsResponse': return t.needsResponse ?? null;
    case 'kind': return t.kind ?? null;
    case 'sentiment': return t.sentiment ?? null;
    case 'sentimentScore': return t.sentimentScore ?? null;
    case 'topic': return t.topic ?? null;
    case 'urgency': return t.urgency ?? null;
    case 'language': return t.language ?? null;
    case 'influence': return t.influence ?? null;
    case 'influenceTier': return t.influenceTier ?? null;
    case 'triagePriority': return t.priority ?? null;
    case 'priority': return facts.priority;
    case 'text': return facts.text;
    case 'labels': return facts.labels;
    case 'contact.followers': return facts.contact.followers ?? null;
    case 'contact.verified': return facts.contact.verified ?? null;
    case 'contact.attribute': return facts.contact.attributes?.[leaf.key ?? ''] ?? null;
    case 'insideBusinessHours': return facts.insideBusinessHours;
    case 'minutesSinceLastReply': return facts.minutesSinceLastReply;
    case 'team': return facts.teamId;
    case 'assigned': return facts.assigneeId !== null;
  }
}

const sameValue = (a: Scalar, b: Scalar): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

function compare(op: string, actual: Actual, value: LeafCondition['value']): boolean {
  if (op === 'exists') return (actual !== null) === value;
  if (actual === null || Array.isArray(actual)) return false;
  const scalarActual = actual as Scalar;
  const list = (Array.isArray(value) ? value : []) as Scalar[];
  switch (op) {
    case 'eq': return value !== null && value !== undefined && !Array.isArray(value) && sameValue(scalarActual, value);
    case 'ne': return value !== null && value !== undefined && !Array.isArray(value) && !sameValue(scalarActual, value);
    case 'in': return list.some((v) => sameValue(scalarActual, v));
    case 'not_in': return !list.some((v) => sameValue(scalarActual, v));
  }
  if (typeof scalarActual !== 'number') return false;
  switch (op) {
    case 'gt': return scalarActual > (value as number);
    case 'gte': return scalarActual >= (value as number);
    case 'lt': return scalarActual < (value as number);
    case 'lte': return scalarActual <= (value as number);
    case 'between': return scalarActual >= (list[0] as number) && scalarActual <= (list[1] as number);
    default: return false;
  }
}

function compileText(leaf: LeafCondition): Predicate {
  if (leaf.op === 'matches' || leaf.op === 'not_matches') {
    const pattern = compilePattern(String(leaf.value));
    return leaf.op === 'matches' ? (i) => pattern.test(i.facts.text) : (i) => !pattern.test(i.facts.text);
  }
  const keywords = (leaf.value as string[]).map(foldText).filter((k) => k.length > 0);
  if (leaf.op === 'contains_any') return (i) => keywords.some((k) => hasKeyword(i.folded, k));
  if (leaf.op === 'contains_all') return (i) => keywords.every((k) => hasKeyword(i.folded, k));
  return (i) => !keywords.some((k) => hasKeyword(i.folded, k));
}

function compileSet(leaf: LeafCondition): Predicate {
  const wanted = (leaf.value as string[]).map((v) => v.toLowerCase());
  const has = (i: EvaluationInput, v: string) => i.facts.labels.some((l) => l.toLowerCase() === v);
  if (leaf.op === 'has_any') return (i) => wanted.some((v) => has(i, v));
  if (leaf.op === 'has_all') return (i) => wanted.every((v) => has(i, v));
  return (i) => !wanted.some((v) => has(i, v));
}

function compileLeaf(leaf: LeafCondition): Predicate {
  const kind = FIELD_KINDS[leaf.field];
  if (kind === 'text') return compileText(leaf);
  if (kind === 'set') return compileSet(leaf);
  return (i) => compare(leaf.op, actualValue(leaf, i.facts), leaf.value);
}

export function compileCondition(condition: Condition): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (i) => parts.every((p) => p(i));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (i) => parts.some((p) => p(i));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (i) => !inner(i);
  }
  return compileLeaf(condition);
}

export function describeLeaf(leaf: LeafCondition): string {
  const field = leaf.field === 'contact.attribute' ? `contact.attribute[${leaf.key}]` : leaf.field;
  return `${field} ${leaf.op} ${JSON.stringify(leaf.value)}`;
}

/** Evaluates every branch (no short cut) so a dry-run shows the whole picture. */
export function explainCondition(condition: Condition, input: EvaluationInput): ConditionTrace {
  if ('all' in condition || 'any' in condition) {
    const isAll = 'all' in condition;
    const children = (isAll ? condition.all : condition.any).map((c) => explainCondition(c, input));
    const passed = isAll ? children.every((c) => c.passed) : children.some((c) => c.passed);
    return { condition: isAll ? 'all of' : 'any of', passed, children };
  }
  if ('not' in condition) {
    const child = explainCondition(condition.not, input);
    return { condition: 'not', passed: !child.passed, children: [child] };
  }
  const passed = compileLeaf(condition)(input);
  return { condition: describeLeaf(condition), passed, actual: explainedActual(condition, input) };
}

/** For text, the keywords found (the "why"); never the whole post. */
function explainedActual(leaf: LeafCondition, input: EvaluationInput): Actual {
  if (leaf.field !== 'text') return actualValue(leaf, input.facts);
  if (leaf.op === 'matches' || leaf.op === 'not_matches') return compilePattern(String(leaf.value)).test(input.facts.text);
  return (leaf.value as string[]).filter((k) => hasKeyword(input.folded, foldText(k)));
}
