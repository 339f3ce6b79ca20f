import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTriageEngine } from '../engine.ts';
import { loadShippedModels } from '../models/load.ts';
import { applyFeedback } from './apply-feedback.ts';
import { parseWorkspaceState, type WorkspaceState } from './state.ts';

const models = loadShippedModels();

test('dismissals teach a workspace that a kind of post needs no response', () => {
  const engine = createTriageEngine(models);
  const unseen = { text: '@GameCo when does the new season of the tournament start? hype' };
  const before = engine.triage(unseen).needsResponseScore;
  const seen = ['@GameCo when does the new season start?? hype', '@GameCo tournament season when?? so hyped', '@GameCo new season start date? hype hype'];
  for (let i = 0; i < 6; i++) for (const text of seen) engine.learn({ text }, { type: 'dismissed' });
  const after = engine.triage(unseen).needsResponseScore;
  assert.ok(after < before - 0.2, `${before} -> ${after}`);
  assert.match(engine.triage(unseen).explanation.join(' '), /learned from 18 agent actions/);
});

test('topic changes teach a workspace topic', () => {
  const config = { topics: [{ id: 'loyalty_points' }, { id: 'billing' }] };
  let state: WorkspaceState | undefined;
  const texts = ['my points did not post after my stay', 'where are my reward points from last week', 'points balance is wrong after the trip'];
  for (let i = 0; i < 5; i++) for (const text of texts) state = applyFeedback(models, state, { text }, { type: 'topic', topic: 'loyalty_points' }, config);
  const engine = createTriageEngine(models, config, state);
  assert.equal(engine.triage({ text: 'my reward points are missing from my balance' }).topic.label, 'loyalty_points');
});

test('priority changes move the learned adjustment of the topic, shrunk until there are several', () => {
  const engine = createTriageEngine(models);
  const input = { text: '@Bankly why was I charged a fee on my statement?' };
  const before = engine.triage(input).priority.score;
  for (let i = 0; i < 10; i++) engine.learn(input, { type: 'priority', priority: 100 });
  const after = engine.triage(input);
  assert.ok(after.priority.score > before + 15, `${before} -> ${after.priority.score}`);
  assert.ok(after.priority.components.workspaceAdjustment! > 0);
});

test('the state is plain JSON: stored and restored, it predicts exactly the same', () => {
  const engine = createTriageEngine(models);
  engine.learn({ text: 'the app crashes when I upload' }, { type: 'replied' });
  engine.learn({ text: 'love the new colours' }, { type: 'sentiment', sentiment: 'positive' });
  engine.learn({ text: 'my invoice is wrong' }, { type: 'topic', topic: 'billing' });
  engine.learn({ text: 'spam spam' }, { type: 'kind', kind: 'spam' });
  const stored = JSON.parse(JSON.stringify(engine.state())) as unknown;
  const restored = createTriageEngine(models, {}, parseWorkspaceState(stored));
  for (const text of ['the app crashes again', 'my invoice is wrong', 'hello']) {
    assert.deepEqual(restored.triage({ text }), engine.triage({ text }));
  }
  assert.equal(restored.state().updates, 4);
});

test('applyFeedback does not change the state it is given; unknown labels are ignored', () => {
  const s1 = applyFeedback(models, undefined, { text: 'where is my order' }, { type: 'replied' });
  const copy = JSON.stringify(s1);
  const s2 = applyFeedback(models, s1, { text: 'where is my order' }, { type: 'topic', topic: 'no_such_topic' });
  assert.equal(JSON.stringify(s1), copy);
  assert.equal(s2.updates, 1);
});

test('junk state is rejected', () => {
  assert.throws(() => parseWorkspaceState(null));
  assert.throws(() => parseWorkspaceState({ format: 'x' }));
  assert.throws(() => parseWorkspaceState({ format: 'earshot-triage-workspace', version: 1, modelVersion: 'm', updates: 0, heads: null, priority: {} }));
});
