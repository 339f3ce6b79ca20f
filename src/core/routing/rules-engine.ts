// Runs a workspace's ordered rules against one message. Compiled once per rule-set version; the
// same compiled set answers the hot path (`decide`) and the dry-run (`explain`), so a dry-run
// shows exactly what live routing would do.
import type { RuleFacts } from './facts.ts';
import { compileCondition, EvaluationInput, explainCondition, type ConditionTrace, type Predicate } from './conditions.ts';
import { applyAction, emptyPlan, type RoutingPlan } from './routing-plan.ts';
import type { Rule, RuleAction, RuleSet } from './rule-schema.ts';

interface CompiledRule {
  rule: Rule;
  matches: Predicate;
}

export interface RoutingDecision {
  /** Rules whose conditions held, in order. */
  matched: Array<{ id: string; name: string }>;
  plan: RoutingPlan;
}

export type RuleOutcome = 'matched' | 'not_matched' | 'disabled' | 'other_trigger' | 'after_stop';

export interface RuleExplanation {
  id: string;
  name: string;
  outcome: RuleOutcome;
  /** The condition tree with each part's result; absent when the rule has no conditions or was not evaluated. */
  trace?: ConditionTrace;
  actions: RuleAction[];
}

export interface DryRunResult extends RoutingDecision {
  rules: RuleExplanation[];
}

const appliesTo = (rule: Rule, facts: RuleFacts): boolean =>
  rule.on === 'every_message' || facts.trigger === 'conversation_opened';

export class CompiledRuleSet {
  readonly #rules: readonly CompiledRule[];

  readonly #readsLabels: boolean;

  constructor(set: RuleSet) {
    this.#rules = set.rules.map((rule) => ({ rule, matches: rule.when ? compileCondition(rule.when) : () => true }));
    this.#readsLabels = set.rules.some((rule) => rule.when !== undefined && JSON.stringify(rule.when).includes('"labels"'));
  }

  get size(): number {
    return this.#rules.length;
  }

  /** Whether any rule's condition reads the conversation's labels (so callers load them only then). */
  get readsLabels(): boolean {
    return this.#readsLabels;
  }

  decide(facts: RuleFacts): RoutingDecision {
    const input = new EvaluationInput(facts);
    const plan = emptyPlan();
    const matched: RoutingDecision['matched'] = [];
    for (const { rule, matches } of this.#rules) {
      if (!rule.enabled || !appliesTo(rule, facts) || !matches(input)) continue;
      matched.push({ id: rule.id, name: rule.name });
      for (const action of rule.then) applyAction(plan, action, rule.id);
      if (rule.stop) break;
    }
    return { matched, plan };
  }

  explain(facts: RuleFacts): DryRunResult {
    const input = new EvaluationInput(facts);
    const plan = emptyPlan();
    const matched: RoutingDecision['matched'] = [];
    const rules: RuleExplanation[] = [];
    let stopped = false;
    for (const { rule } of this.#rules) {
      const base = { id: rule.id, name: rule.name, actions: rule.then };
      if (stopped) rules.push({ ...base, outcome: 'after_stop' });
      else if (!rule.enabled) rules.push({ ...base, outcome: 'disabled' });
      else if (!appliesTo(rule, facts)) rules.push({ ...base, outcome: 'other_trigger' });
      else {
        const trace = rule.when ? explainCondition(rule.when, input) : undefined;
        const passed = trace?.passed ?? true;
        rules.push({ ...base, outcome: passed ? 'matched' : 'not_matched', ...(trace ? { trace } : {}) });
        if (passed) {
          matched.push({ id: rule.id, name: rule.name });
          for (const action of rule.then) applyAction(plan, action, rule.id);
          stopped = rule.stop;
        }
      }
    }
    return { matched, plan, rules };
  }
}
