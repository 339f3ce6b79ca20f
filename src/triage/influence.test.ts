import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessInfluence, influenceTier } from './influence.ts';

test('followers count on a log scale: 10M followers is full reach', () => {
  assert.equal(assessInfluence({ text: '', author: { followers: 9_999_999 } }).score, 0.6);
  const small = assessInfluence({ text: '', author: { followers: 99 } }).score;
  const mid = assessInfluence({ text: '', author: { followers: 9_999 } }).score;
  assert.ok(Math.abs(mid - 2 * small) < 0.01, `${small} ${mid}`);
});

test('verified, engagement and history add; private messages reach less', () => {
  const plain = assessInfluence({ text: '', author: { followers: 1000 } }).score;
  assert.ok(assessInfluence({ text: '', author: { followers: 1000, verified: true } }).score > plain + 0.14);
  assert.ok(assessInfluence({ text: '', author: { followers: 1000 }, engagement: { likes: 500, reposts: 200 } }).score > plain + 0.1);
  assert.ok(assessInfluence({ text: '', author: { followers: 1000, priorConversations: 10 } }).score > plain);
  assert.ok(assessInfluence({ text: '', author: { followers: 1000 }, surface: 'private' }).score < plain);
});

test('tiers and reasons; unknown or junk followers are not an error', () => {
  assert.equal(influenceTier(undefined), 'unknown');
  assert.equal(influenceTier(500), 'regular');
  assert.equal(influenceTier(5_000), 'micro');
  assert.equal(influenceTier(50_000), 'mid');
  assert.equal(influenceTier(500_000), 'macro');
  assert.equal(influenceTier(5_000_000), 'mega');
  const r = assessInfluence({ text: '', author: { followers: -5, verified: true }, engagement: { likes: Number.NaN } });
  assert.equal(r.score, 0.15);
  assert.deepEqual(r.reasons, ['verified author']);
});
