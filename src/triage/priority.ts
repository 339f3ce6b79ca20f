// Priority: one number (0..100) to order a queue, from the other triage fields.
//
//   priority = round(100 · (1 - P(spam)) · Σ_i w_i · c_i / Σ_i w_i)
//
// with components c_i in [0, 1]:
//   needs_response  P(needs a response)              default weight 0.35
//   urgency         urgency level / 3                default weight 0.30
//   negativity      P(negative sentiment)            default weight 0.15
//   influence       influence score                  default weight 0.15
//   public          1 for a public post, else 0      default weight 0.05
// plus a workspace's learned topic adjustment (see workspace/), in points, clamped to 0..100.
// Reported components are the points each contributed, so they add up to the score.
// Priority reorders a queue; it never hides an item (SLA timers give everyone a floor).

export interface PriorityWeights {
  needsResponse: number;
  urgency: number;
  negativity: number;
  influence: number;
  public: number;
}

export const DEFAULT_PRIORITY_WEIGHTS: PriorityWeights = {
  needsResponse: 0.35, urgency: 0.3, negativity: 0.15, influence: 0.15, public: 0.05,
};

export interface PriorityInputs {
  needsResponse: number;
  urgencyLevel: number;
  negative: number;
  influence: number;
  isPublic: boolean;
  spam: number;
  /** Learned per-workspace adjustment in points (0 without feedback). */
  adjustment?: number;
}

export interface Priority {
  score: number;
  components: Record<string, number>;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export function computePriority(p: PriorityInputs, weights: PriorityWeights = DEFAULT_PRIORITY_WEIGHTS): Priority {
  const parts: Array<[keyof PriorityWeights, number]> = [
    ['needsResponse', clamp01(p.needsResponse)],
    ['urgency', clamp01(p.urgencyLevel / 3)],
    ['negativity', clamp01(p.negative)],
    ['influence', clamp01(p.influence)],
    ['public', p.isPublic ? 1 : 0],
  ];
  const total = parts.reduce((sum, [k]) => sum + Math.max(0, weights[k]), 0) || 1;
  const gate = 1 - clamp01(p.spam);
  const components: Record<string, number> = {};
  let score = 0;
  for (const [k, c] of parts) {
    const points = (100 * gate * Math.max(0, weights[k]) * c) / total;
    components[k] = round(points);
    score += points;
  }
  const adjustment = p.adjustment ?? 0;
  if (adjustment !== 0) {
    const adjusted = Math.max(0, Math.min(100, score + adjustment));
    components.workspaceAdjustment = round(adjusted - score);
    score = adjusted;
  }
  return { score: Math.round(score), components };
}
