import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createTriageEngine } from './engine.ts';
import { loadShippedModels } from './models/load.ts';
import { KINDS } from './types.ts';

const models = loadShippedModels();
const engine = createTriageEngine(models);

test('a public complaint needs a response, reads negative, and explains itself', () => {
  const r = engine.triage({ text: '@SkyAir my flight got cancelled and nobody at the desk will help. stuck at the airport with 2 kids', surface: 'public' });
  assert.equal(r.needsResponse, true);
  assert.equal(r.kind, 'complaint');
  assert.equal(r.sentiment.label, 'negative');
  assert.ok(r.urgency.signals.includes('travel_today'));
  assert.ok(r.urgency.level >= 2);
  assert.equal(r.language.code, 'en');
  assert.match(r.explanation[0]!, /^kind=complaint/);
  assert.match(r.explanation.join(' '), /urgency=\d: .*travel_today/);
  assert.equal(r.modelVersion, models.classifiers.modelVersion);
});

test('praise does not need a response; spam is spam and sinks', () => {
  const praise = engine.triage({ text: '@SkyAir thank you so much, the crew was wonderful today ❤️' });
  assert.equal(praise.needsResponse, false);
  assert.equal(praise.sentiment.label, 'positive');
  const spam = engine.triage({ text: '🔥 EARN $900 A DAY from home 🔥 DM me on whatsapp +1 555 010 0199 💰💰💰' });
  assert.equal(spam.kind, 'spam');
  assert.equal(spam.needsResponse, false);
  assert.ok(spam.priority.score < 10);
});

test('topics come from the shipped model; a question about a bill is billing', () => {
  assert.equal(engine.triage({ text: '@Bankly why was I charged a fee on my statement this month?' }).topic.label, 'billing');
  assert.equal(engine.triage({ text: '@Shop my package never arrived, tracking stuck for a week' }).topic.label, 'delivery');
  assert.equal(engine.triage({ text: "@App can't log in, the password reset email never comes" }).topic.label, 'account_and_login');
});

test('an urgent complaint from an influential author outranks a routine question, which outranks praise', () => {
  const urgent = engine.triage({ text: '@Power no power since last night and my dad is on oxygen, please help', author: { followers: 250_000, verified: true } });
  const routine = engine.triage({ text: '@Power how do I submit a meter reading?', author: { followers: 80 } });
  const praise = engine.triage({ text: '@Power thanks for the quick fix yesterday!', author: { followers: 80 } });
  assert.ok(urgent.priority.score > routine.priority.score, `${urgent.priority.score} > ${routine.priority.score}`);
  assert.ok(routine.priority.score > praise.priority.score, `${routine.priority.score} > ${praise.priority.score}`);
  assert.equal(urgent.urgency.level, 3);
});

test('workspace topics: keywords and examples bring them in; "other" is always there', () => {
  const airline = createTriageEngine(models, {
    topics: [
      { id: 'flight_disruption', keywords: ['delay*', 'cancel*', 'missed connection'] },
      { id: 'baggage', examples: ['my suitcase never arrived', 'the bag came back broken', 'lost luggage claim'] },
      { id: 'billing' },
    ],
  });
  assert.deepEqual(airline.topics, ['flight_disruption', 'baggage', 'billing', 'other']);
  const delayed = airline.triage({ text: '@SkyAir flight delayed 4 hours and no updates' });
  assert.equal(delayed.topic.label, 'flight_disruption');
  assert.match(delayed.explanation.join(' '), /keyword "delay\*"/);
  assert.equal(airline.triage({ text: '@SkyAir my suitcase came back broken' }).topic.label, 'baggage');
  assert.equal(airline.triage({ text: '@SkyAir thanks for a lovely flight' }).topic.label, 'other');
  assert.equal(airline.triage({ text: '@SkyAir you charged my card twice for the seat' }).topic.label, 'billing');
});

test('same input, same result; hostile input never throws', () => {
  const input = { text: '@x is the app down?', author: { followers: 10 } };
  assert.deepEqual(engine.triage(input), engine.triage(input));
  for (const text of ['', '\u0000', '🙂'.repeat(3000), '<script>alert(1)</script>', 'a'.repeat(50_000)]) {
    assert.doesNotThrow(() => engine.triage({ text }));
  }
  assert.doesNotThrow(() => engine.triage({ text: 42 as unknown as string, author: { followers: Number.NaN } }));
});

test('on any text: needs-response and kind agree, probabilities sum to 1, priority stays in range', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
    const r = engine.triage({ text });
    const kindSum = KINDS.reduce((s, k) => s + r.kindProbabilities[k], 0);
    const sentimentSum = r.sentiment.probabilities.negative + r.sentiment.probabilities.neutral + r.sentiment.probabilities.positive;
    return r.needsResponse === (r.kind === 'complaint' || r.kind === 'question')
      && Math.abs(kindSum - 1) < 0.01 && Math.abs(sentimentSum - 1) < 0.01
      && r.priority.score >= 0 && r.priority.score <= 100 && r.topic.confidence > 0;
  }), { numRuns: 200 });
});

test('the needs-response threshold is configurable', () => {
  const text = '@brand hmm interesting';
  const score = engine.triage({ text }).needsResponseScore;
  const strict = createTriageEngine(models, { needsResponseThreshold: Math.min(0.99, score + 0.01) });
  const lenient = createTriageEngine(models, { needsResponseThreshold: Math.max(0.01, score - 0.01) });
  assert.equal(strict.triage({ text }).needsResponse, false);
  assert.equal(lenient.triage({ text }).needsResponse, true);
  assert.throws(() => createTriageEngine(models, { needsResponseThreshold: 1.5 }));
});

test('workspace config from untrusted JSON is checked', async () => {
  const { parseTriageConfig } = await import('./config.ts');
  assert.deepEqual(parseTriageConfig({ topics: [{ id: 'baggage', keywords: ['bag*'] }] }), { topics: [{ id: 'baggage', keywords: ['bag*'] }] });
  assert.throws(() => parseTriageConfig([]), /object/);
  assert.throws(() => parseTriageConfig({ topics: [{ id: 'Bad Id' }] }), /id/);
  assert.throws(() => parseTriageConfig({ topics: [{ id: 'x', keywords: [1] }] }), /keywords/);
  assert.throws(() => parseTriageConfig({ priorityWeights: { urgency: -1 } }), /priorityWeights/);
  assert.throws(() => parseTriageConfig({ needsResponseThreshold: 2 }), /between 0 and 1/);
});
