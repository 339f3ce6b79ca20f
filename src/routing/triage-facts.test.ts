import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createTriageEngine, loadShippedModels } from '../triage/index.ts';
import { triageFacts } from './triage-facts.ts';
import { priorityFromScore } from '../core/routing/priority.ts';

it('turns a real triage result into the facts rules read', async () => {
  const engine = createTriageEngine(await loadShippedModels());
  const facts = triageFacts(engine.triage({ text: 'My flight was cancelled and nobody answers, I want my money back!', network: 'x', surface: 'public', messageKind: 'mention' }));
  assert.equal(facts.needsResponse, true);
  assert.equal(facts.sentiment, 'negative');
  assert.equal(facts.language, 'en');
  assert.ok(facts.priority !== undefined && facts.priority >= 0 && facts.priority <= 4);
  assert.deepEqual([0, 19, 20, 59, 80, 100].map(priorityFromScore), [0, 0, 1, 2, 4, 4]);
});
