// The rules JSON: an ordered list of rules per workspace, validated here before it is stored.
// A rule says when (a tree of conditions over RuleFacts) and then (actions). See
// docs/routing-and-sla.md for the reference with examples.
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { MAX_PRIORITY, MIN_PRIORITY } from './priority.ts';
import { patternProblem } from './text-match.ts';

/** Each field and the kind of value it holds; the kind decides which operators apply. */
export const FIELD_KINDS = {
  channel: 'string', channelAccount: 'string', surface: 'string', messageKind: 'string',
  needsResponse: 'boolean', kind: 'string', sentiment: 'string', sentimentScore: 'number', topic: 'string',
  urgency: 'number', language: 'string', influence: 'number', influenceTier: 'string', triagePriority: 'number',
  priority: 'number', text: 'text', labels: 'set', 'contact.followers': 'number', 'contact.verified': 'boolean',
  'contact.attribute': 'attribute', insideBusinessHours: 'boolean', minutesSinceLastReply: 'number',
  team: 'string', assigned: 'boolean',
} as const;
export type FieldName = keyof typeof FIELD_KINDS;
type FieldKind = (typeof FIELD_KINDS)[FieldName];

export const OPERATORS_BY_KIND: Record<FieldKind, readonly string[]> = {
  string: ['eq', 'ne', 'in', 'not_in', 'exists'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'exists'],
  boolean: ['eq', 'exists'],
  text: ['contains_any', 'contains_all', 'contains_none', 'matches', 'not_matches'],
  set: ['has_any', 'has_all', 'has_none'],
  attribute: ['eq', 'ne', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'exists'],
};

const scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

export const leafSchema = z.strictObject({
  field: z.enum(Object.keys(FIELD_KINDS) as [FieldName, ...FieldName[]]),
  op: z.string(),
  /** The attribute's name, for `contact.attribute`. */
  key: z.string().min(1).max(64).optional(),
  value: z.union([scalar, z.array(scalar).max(200), z.null()]).optional(),
});
export type LeafCondition = z.infer<typeof leafSchema>;

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const allSchema = z.strictObject({ all: z.array(z.lazy(() => conditionSchema)).min(1).max(50) });
const anySchema = z.strictObject({ any: z.array(z.lazy(() => conditionSchema)).min(1).max(50) });
const notSchema = z.strictObject({ not: z.lazy(() => conditionSchema) });

/** Picks the branch by its key ("all", "any", "not", else a leaf), so errors name the real problem. */
function branchOf(value: unknown): z.ZodType {
  if (typeof value !== 'object' || value === null) return leafSchema;
  if ('all' in value) return allSchema;
  if ('any' in value) return anySchema;
  if ('not' in value) return notSchema;
  return leafSchema;
}

export const conditionSchema: z.ZodType<Condition> = z.unknown().transform((value, context) => {
  const result = branchOf(value).safeParse(value);
  if (result.success) return result.data as Condition;
  for (const issue of result.error.issues) context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

const id = z.string().min(1).max(64);
const label = z.string().trim().min(1).max(50);

export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('assign_team'), teamId: id }),
  z.strictObject({ type: z.literal('assign_agent'), userId: id, teamId: id.optional() }),
  z.strictObject({ type: z.literal('set_priority'), priority: z.number().int().min(MIN_PRIORITY).max(MAX_PRIORITY) }),
  z.strictObject({ type: z.literal('add_labels'), labels: z.array(label).min(1).max(20) }),
  z.strictObject({ type: z.literal('apply_sla'), policyId: id }),
  z.strictObject({ type: z.literal('send_acknowledgement'), text: z.string().trim().min(1).max(2000) }),
  z.strictObject({ type: z.literal('mark_no_response') }),
  z.strictObject({ type: z.literal('handoff_to_care'), teamId: id.optional() }),
  z.strictObject({
    type: z.literal('notify'),
    userIds: z.array(id).max(50).default([]),
    teamLeads: z.boolean().default(false),
    message: z.string().trim().min(1).max(500),
  }),
]);
export type RuleAction = z.infer<typeof actionSchema>;

export const ruleSchema = z.strictObject({
  /** Stable within the workspace: dry-runs, events and history name rules by it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'lowercase letters, digits, "-" and "_", up to 64'),
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
  /** conversation_opened: new or reopened conversations; every_message: each inbound message. */
  on: z.enum(['conversation_opened', 'every_message']).default('conversation_opened'),
  /** Absent: the rule always matches (on its trigger). */
  when: conditionSchema.optional(),
  then: z.array(actionSchema).min(1).max(20),
  /** Later rules are not evaluated after this one matches. */
  stop: z.boolean().default(false),
});
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;

export const ruleSetSchema = z.strictObject({ rules: z.array(ruleSchema).max(500) }).superRefine((set, context) => {
  const seen = new Set<string>();
  set.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) context.addIssue({ code: 'custom', message: `rule id "${rule.id}" is used twice`, path: ['rules', index, 'id'] });
    seen.add(rule.id);
    if (rule.when) checkCondition(rule.when, ['rules', index, 'when'], 1, context);
  });
});
export type RuleSet = z.infer<typeof ruleSetSchema>;
export type RuleSetInput = z.input<typeof ruleSetSchema>;

const MAX_DEPTH = 6;

function checkCondition(condition: Condition, path: PropertyKey[], depth: number, context: z.RefinementCtx): void {
  if (depth > MAX_DEPTH) {
    context.addIssue({ code: 'custom', message: `conditions nest at most ${MAX_DEPTH} deep`, path });
    return;
  }
  if ('all' in condition) condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i], depth + 1, context));
  else if ('any' in condition) condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i], depth + 1, context));
  else if ('not' in condition) checkCondition(condition.not, [...path, 'not'], depth + 1, context);
  else for (const message of leafProblems(condition)) context.addIssue({ code: 'custom', message, path });
}

/** What is wrong with a leaf's operator and value for its field. */
export function leafProblems(leaf: LeafCondition): string[] {
  const kind = FIELD_KINDS[leaf.field];
  const ops = OPERATORS_BY_KIND[kind];
  if (!ops.includes(leaf.op)) return [`"${leaf.field}" takes the operators ${ops.join(', ')}, not "${leaf.op}"`];
  if (kind === 'attribute' && leaf.key === undefined) return ['"contact.attribute" needs a "key" (the attribute\'s name)'];
  if (kind !== 'attribute' && leaf.key !== undefined) return [`"key" is only for "contact.attribute"`];
  return valueProblems(kind, leaf.op, leaf.value);
}

function valueProblems(kind: FieldKind, op: string, value: LeafCondition['value']): string[] {
  const list = Array.isArray(value) ? value : null;
  if (op === 'exists') return typeof value === 'boolean' ? [] : ['"exists" takes true or false'];
  if (op === 'in' || op === 'not_in' || op === 'has_any' || op === 'has_all' || op === 'has_none' || op.startsWith('contains_')) {
    if (!list || list.length === 0) return [`"${op}" takes a non-empty list`];
    if (list.some((v) => typeof v !== 'string' && kind !== 'attribute')) return [`"${op}" takes a list of strings`];
    return list.some((v) => typeof v === 'string' && v.trim() === '') ? ['list items cannot be empty'] : [];
  }
  if (op === 'matches' || op === 'not_matches') {
    if (typeof value !== 'string') return [`"${op}" takes a pattern string`];
    const problem = patternProblem(value);
    return problem ? [`pattern ${JSON.stringify(value)}: ${problem}`] : [];
  }
  if (op === 'between') {
    return list?.length === 2 && list.every((v) => typeof v === 'number') && (list[0] as number) <= (list[1] as number)
      ? [] : ['"between" takes [low, high] numbers with low ≤ high'];
  }
  if (kind === 'number' || op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') {
    return typeof value === 'number' ? [] : [`"${op}" takes a number`];
  }
  if (kind === 'boolean') return typeof value === 'boolean' ? [] : [`"${op}" takes true or false`];
  if (kind === 'string') return typeof value === 'string' ? [] : [`"${op}" takes a string`];
  return value === undefined || list ? [`"${op}" takes one value`] : [];
}

/** Validates a submitted or stored rule set; throws DomainError('validation_failed') listing every problem. */
export function parseRuleSet(input: unknown): RuleSet {
  const result = ruleSetSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  throw new DomainError('validation_failed', `invalid routing rules: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
}
