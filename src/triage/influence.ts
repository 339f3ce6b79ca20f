// Author influence: how far a public reply (or silence) travels. Followers count on a log scale
// (the difference between 100 and 10,000 followers matters as much as between 10,000 and
// 1,000,000), verification and the post's own engagement add reach, and history adds weight
// (a loyal customer, a repeat complainer). Private messages carry less reach than public posts.
import type { InfluenceTier, TriageInput } from './types.ts';

export interface Influence {
  score: number;
  tier: InfluenceTier;
  reasons: string[];
}

const TIERS: Array<[number, InfluenceTier]> = [[1_000_000, 'mega'], [100_000, 'macro'], [10_000, 'mid'], [1_000, 'micro'], [0, 'regular']];

export function influenceTier(followers: number | null | undefined): InfluenceTier {
  if (followers === null || followers === undefined || !Number.isFinite(followers)) return 'unknown';
  for (const [min, tier] of TIERS) if (followers >= min) return tier;
  return 'regular';
}

function nonNegative(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * score = min(1, 0.6·reach + 0.15·verified + 0.2·engagement + 0.05·history), where
 * reach = log10(1 + followers) / 7 (10M followers = 1), engagement = log10(1 + likes + 2·reposts
 * + replies) / 4 (10,000 weighted interactions = 1), history = min(1, prior conversations / 10)
 * plus 0.5 for 2+ prior complaints.
 */
export function assessInfluence(input: TriageInput): Influence {
  const followers = input.author?.followers;
  const reasons: string[] = [];
  const reach = Math.min(1, Math.log10(1 + nonNegative(followers)) / 7);
  if (nonNegative(followers) > 0) reasons.push(`followers ${Math.round(nonNegative(followers))} (reach ${round(reach)})`);
  const verified = input.author?.verified === true ? 1 : 0;
  if (verified) reasons.push('verified author');
  const e = input.engagement;
  const interactions = nonNegative(e?.likes) + 2 * nonNegative(e?.reposts) + nonNegative(e?.replies);
  const engagement = Math.min(1, Math.log10(1 + interactions) / 4);
  if (interactions > 0) reasons.push(`engagement ${interactions} (${round(engagement)})`);
  const prior = nonNegative(input.author?.priorConversations);
  const complaints = nonNegative(input.author?.priorComplaints);
  const history = Math.min(1, prior / 10 + (complaints >= 2 ? 0.5 : 0));
  if (prior > 0) reasons.push(`${prior} prior conversations${complaints > 0 ? `, ${complaints} complaints` : ''}`);
  let score = Math.min(1, 0.6 * reach + 0.15 * verified + 0.2 * engagement + 0.05 * history);
  if (input.surface === 'private') {
    score *= 0.6;
    reasons.push('private message (reach x0.6)');
  }
  return { score: round(score), tier: influenceTier(followers), reasons };
}
