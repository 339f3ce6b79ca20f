// Realistic facts for routing tests: an English complaint on a public Facebook comment.
import type { RuleFacts } from './facts.ts';

export function makeFacts(overrides: Partial<RuleFacts> = {}): RuleFacts {
  return {
    trigger: 'conversation_opened',
    channel: { accountId: 'acct-fb', network: 'facebook' },
    surface: 'public',
    messageKind: 'comment',
    text: 'My flight AB123 was cancelled and nobody answers. I want a refund!',
    triage: { needsResponse: true, kind: 'complaint', sentiment: 'negative', sentimentScore: 0.91, topic: 'refund_or_return', urgency: 2, language: 'en', influence: 0.4, influenceTier: 'micro', priority: 3 },
    contact: { id: 'contact-1', name: 'Jane Doe', followers: 5400, verified: false, attributes: { plan: 'gold', country: 'NL', lifetimeValue: 1200 } },
    labels: [],
    priority: 0,
    teamId: null,
    assigneeId: null,
    insideBusinessHours: true,
    minutesSinceLastReply: null,
    ...overrides,
  };
}
