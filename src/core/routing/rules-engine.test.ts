import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CompiledRuleSet } from './rules-engine.ts';
import { parseRuleSet, type Condition, type RuleSetInput } from './rule-schema.ts';
import { makeFacts } from './routing.fixtures.ts';
import type { RuleFacts } from './facts.ts';
import { DomainError } from '../errors.ts';

const compile = (input: RuleSetInput) => new CompiledRuleSet(parseRuleSet(input));
const when = (condition: Condition, facts: RuleFacts = makeFacts()) =>
  compile({ rules: [{ id: 'r', name: 'R', when: condition, then: [{ type: 'add_labels', labels: ['hit'] }] }] }).decide(facts).matched.length === 1;

describe('rule conditions', () => {
  it('compares channel, surface and triage fields, case-insensitively for strings', () => {
    assert.equal(when({ field: 'channel', op: 'eq', value: 'Facebook' }), true);
    assert.equal(when({ field: 'surface', op: 'in', value: ['private'] }), false);
    assert.equal(when({ field: 'kind', op: 'not_in', value: ['spam', 'chatter'] }), true);
    assert.equal(when({ field: 'sentiment', op: 'ne', value: 'negative' }), false);
    assert.equal(when({ field: 'needsResponse', op: 'eq', value: true }), true);
    assert.equal(when({ field: 'language', op: 'eq', value: 'de' }), false);
  });

  it('compares numbers, ranges and presence, and a missing field fails every test but exists:false', () => {
    assert.equal(when({ field: 'influence', op: 'gte', value: 0.4 }), true);
    assert.equal(when({ field: 'urgency', op: 'gt', value: 2 }), false);
    assert.equal(when({ field: 'contact.followers', op: 'between', value: [1000, 10000] }), true);
    const untriaged = makeFacts({ triage: {} });
    assert.equal(when({ field: 'sentiment', op: 'ne', value: 'positive' }, untriaged), false);
    assert.equal(when({ field: 'urgency', op: 'lt', value: 3 }, untriaged), false);
    assert.equal(when({ field: 'sentiment', op: 'exists', value: false }, untriaged), true);
    assert.equal(when({ field: 'minutesSinceLastReply', op: 'exists', value: true }), false);
    assert.equal(when({ field: 'minutesSinceLastReply', op: 'gt', value: 1440 }, makeFacts({ minutesSinceLastReply: 2000 })), true);
  });

  it('finds whole keywords and phrases regardless of case and accents, and RE2 patterns', () => {
    assert.equal(when({ field: 'text', op: 'contains_any', value: ['REFUND', 'chargeback'] }), true);
    assert.equal(when({ field: 'text', op: 'contains_any', value: ['fund'] }), false, 'inside a word is not a keyword');
    assert.equal(when({ field: 'text', op: 'contains_all', value: ['flight', 'nobody answers'] }), true);
    assert.equal(when({ field: 'text', op: 'contains_none', value: ['lawyer'] }), true);
    assert.equal(when({ field: 'text', op: 'contains_any', value: ['cafe'] }, makeFacts({ text: 'Le Café est fermé' })), true);
    assert.equal(when({ field: 'text', op: 'matches', value: '\\b[A-Z]{2}\\d{3,4}\\b' }), true);
    assert.equal(when({ field: 'text', op: 'not_matches', value: 'lawsuit|sue you' }), true);
  });

  it('reads labels, contact attributes, business hours and the assignment state', () => {
    const facts = makeFacts({ labels: ['VIP', 'billing'], insideBusinessHours: false, assigneeId: 'u1' });
    assert.equal(when({ field: 'labels', op: 'has_any', value: ['vip'] }, facts), true);
    assert.equal(when({ field: 'labels', op: 'has_all', value: ['vip', 'press'] }, facts), false);
    assert.equal(when({ field: 'labels', op: 'has_none', value: ['press'] }, facts), true);
    assert.equal(when({ field: 'contact.attribute', key: 'plan', op: 'in', value: ['gold', 'platinum'] }), true);
    assert.equal(when({ field: 'contact.attribute', key: 'lifetimeValue', op: 'gt', value: 1000 }), true);
    assert.equal(when({ field: 'contact.attribute', key: 'missing', op: 'exists', value: false }), true);
    assert.equal(when({ field: 'insideBusinessHours', op: 'eq', value: false }, facts), true);
    assert.equal(when({ field: 'assigned', op: 'eq', value: true }, facts), true);
  });

  it('combines with all, any and not', () => {
    const condition: Condition = { all: [
      { any: [{ field: 'kind', op: 'eq', value: 'question' }, { field: 'sentiment', op: 'eq', value: 'negative' }] },
      { not: { field: 'channel', op: 'eq', value: 'x' } },
    ] };
    assert.equal(when(condition), true);
    assert.equal(when(condition, makeFacts({ channel: { accountId: 'a', network: 'x' } })), false);
  });
});

describe('rule sets', () => {
  const set = compile({ rules: [
    { id: 'spam', name: 'Drop spam', when: { field: 'kind', op: 'eq', value: 'spam' }, then: [{ type: 'mark_no_response' }], stop: true },
    { id: 'care', name: 'Complaints to care', when: { field: 'kind', op: 'in', value: ['complaint', 'question'] }, then: [{ type: 'assign_team', teamId: 'care' }, { type: 'set_priority', priority: 2 }] },
    { id: 'vip', name: 'VIPs first', when: { field: 'contact.followers', op: 'gte', value: 5000 }, then: [{ type: 'set_priority', priority: 4 }, { type: 'add_labels', labels: ['vip'] }] },
    { id: 'off', name: 'Disabled', enabled: false, then: [{ type: 'assign_team', teamId: 'nobody' }] },
    { id: 'every', name: 'Every message', on: 'every_message', when: { field: 'text', op: 'contains_any', value: ['lawyer'] }, then: [{ type: 'notify', teamLeads: true, message: 'legal threat' }] },
  ] });

  it('applies matching rules in order, later single values winning and labels adding up', () => {
    const decision = set.decide(makeFacts());
    assert.deepEqual(decision.matched.map((m) => m.id), ['care', 'vip']);
    assert.deepEqual(decision.plan.team, { kind: 'team', teamId: 'care', ruleId: 'care' });
    assert.equal(decision.plan.priority, 4);
    assert.deepEqual(decision.plan.labels, ['vip']);
  });

  it('stops after a rule that says stop, skips disabled rules, and runs later-message rules on every message', () => {
    assert.deepEqual(set.decide(makeFacts({ triage: { kind: 'spam' } })).matched.map((m) => m.id), ['spam']);
    const later = makeFacts({ trigger: 'message_received', text: 'My lawyer will hear of this' });
    assert.deepEqual(set.decide(later).matched.map((m) => m.id), ['every']);
  });

  it('explains every rule in a dry-run: outcome, the condition tree with actual values, and the same plan as live routing', () => {
    const facts = makeFacts({ triage: { kind: 'spam' } });
    const result = set.explain(facts);
    assert.deepEqual(result.rules.map((r) => [r.id, r.outcome]), [['spam', 'matched'], ['care', 'after_stop'], ['vip', 'after_stop'], ['off', 'after_stop'], ['every', 'after_stop']]);
    const explained = set.explain(makeFacts());
    const care = explained.rules.find((r) => r.id === 'care')!;
    assert.deepEqual(care.trace, { condition: 'kind in ["complaint","question"]', passed: true, actual: 'complaint' });
    assert.equal(explained.rules.find((r) => r.id === 'off')?.outcome, 'disabled');
    assert.equal(explained.rules.find((r) => r.id === 'every')?.outcome, 'not_matched');
    const keywords = compile({ rules: [{ id: 'k', name: 'K', when: { field: 'text', op: 'contains_any', value: ['refund', 'lawyer'] }, then: [{ type: 'mark_no_response' }] }] });
    assert.deepEqual(keywords.explain(makeFacts()).rules[0]?.trace?.actual, ['refund'], 'a dry-run names the keywords found');
  });

  it('gives the same decision in a dry-run as in live routing, for any facts', () => {
    const facts = fc.record({
      kind: fc.constantFrom('complaint', 'question', 'spam', 'chatter'),
      followers: fc.integer({ min: 0, max: 20000 }),
      trigger: fc.constantFrom('conversation_opened', 'message_received'),
      text: fc.constantFrom('refund please', 'my lawyer says', 'hello'),
    }).map((f) => makeFacts({ trigger: f.trigger as RuleFacts['trigger'], text: f.text, triage: { kind: f.kind }, contact: { followers: f.followers } }));
    fc.assert(fc.property(facts, (f) => {
      const live = set.decide(f);
      const dry = set.explain(f);
      assert.deepEqual(dry.matched, live.matched);
      assert.deepEqual(dry.plan, live.plan);
    }), { numRuns: 300 });
  });
});

describe('rule validation', () => {
  const problems = (input: unknown): string[] => {
    try {
      parseRuleSet(input);
      return [];
    } catch (error) {
      assert.ok(error instanceof DomainError && error.code === 'validation_failed');
      return (error.details?.issues as Array<{ message: string }>).map((i) => i.message);
    }
  };
  const rule = (when: unknown) => ({ rules: [{ id: 'r', name: 'R', when, then: [{ type: 'mark_no_response' }] }] });

  it('accepts a valid set and fills defaults', () => {
    const parsed = parseRuleSet({ rules: [{ id: 'a', name: 'A', then: [{ type: 'notify', message: 'hi' }] }] });
    assert.deepEqual({ ...parsed.rules[0], then: undefined }, { id: 'a', name: 'A', enabled: true, on: 'conversation_opened', stop: false, then: undefined });
  });

  it('names wrong operators, values, patterns, duplicate ids and too-deep nesting', () => {
    assert.match(problems(rule({ field: 'urgency', op: 'contains_any', value: ['x'] }))[0]!, /takes the operators/);
    assert.match(problems(rule({ field: 'urgency', op: 'gt', value: 'high' }))[0]!, /takes a number/);
    assert.match(problems(rule({ field: 'text', op: 'matches', value: '(a)\\1' }))[0]!, /pattern/);
    assert.match(problems(rule({ field: 'contact.attribute', op: 'eq', value: 'x' }))[0]!, /needs a "key"/);
    assert.match(problems(rule({ field: 'kind', op: 'in', value: [] }))[0]!, /non-empty list/);
    assert.match(problems(rule({ field: 'bogus', op: 'eq', value: 1 }))[0]!, /Invalid option/);
    const twice = { rules: [{ id: 'a', name: 'A', then: [{ type: 'mark_no_response' }] }, { id: 'a', name: 'B', then: [{ type: 'mark_no_response' }] }] };
    assert.match(problems(twice)[0]!, /used twice/);
    let deep: unknown = { field: 'kind', op: 'eq', value: 'x' };
    for (let i = 0; i < 7; i++) deep = { not: deep };
    assert.match(problems(rule(deep))[0]!, /nest at most/);
    assert.match(problems({ rules: [{ id: 'a', name: 'A', then: [{ type: 'set_priority', priority: 9 }] }] })[0]!, /Too big|less than/i);
  });
});

describe('rule validation paths', () => {
  it('points at the offending part of a nested condition', () => {
    try {
      parseRuleSet({ rules: [{ id: 'r', name: 'R', when: { all: [{ field: 'kind', op: 'eq', value: 'x' }, { any: [{ field: 'urgency', op: 'gt', value: 'high' }] }] }, then: [{ type: 'mark_no_response' }] }] });
      assert.fail('should not parse');
    } catch (error) {
      const issues = (error as DomainError).details?.issues as Array<{ path: string; message: string }>;
      assert.deepEqual(issues.map((i) => i.path), ['rules.0.when.all.1.any.0']);
    }
  });
});
