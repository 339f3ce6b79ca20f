// Realistic rules and traffic for `earshot bench routing`: 50 rules of the kinds workspaces write
// (keywords, patterns, triage fields, contact attributes, nesting), and a stream of varied messages.
import type { RuleFacts } from '../core/routing/facts.ts';
import type { RuleInput } from '../core/routing/rule-schema.ts';

const TOPICS = ['billing', 'delivery', 'outage_or_bug', 'account_and_login', 'product_question', 'refund_or_return', 'other'];
const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt'];
const NETWORKS = ['x', 'facebook', 'instagram', 'whatsapp', 'email'];
const WORDS = ['refund', 'broken', 'love', 'delay', 'cancelled', 'lawyer', 'password', 'thanks', 'app', 'crash', 'invoice', 'lost', 'bag', 'seat', 'upgrade'];

export function benchRules(teamIds: readonly string[]): RuleInput[] {
  const rules: RuleInput[] = [];
  for (let i = 0; i < 50; i++) {
    const team = teamIds[i % teamIds.length]!;
    const kind = i % 5;
    const when = kind === 0 ? { field: 'text' as const, op: 'contains_any', value: [WORDS[i % WORDS.length]!, WORDS[(i + 3) % WORDS.length]!, `phrase number ${i}`] }
      : kind === 1 ? { field: 'text' as const, op: 'matches', value: `(order|booking)\\s*#?\\d{${4 + (i % 3)}}` }
      : kind === 2 ? { all: [{ field: 'topic' as const, op: 'eq', value: TOPICS[i % TOPICS.length]! }, { field: 'sentiment' as const, op: 'in', value: ['negative'] }] }
      : kind === 3 ? { any: [{ field: 'contact.followers' as const, op: 'gte', value: 10_000 + i * 100 }, { field: 'contact.attribute' as const, key: 'plan', op: 'eq', value: 'gold' }] }
      : { all: [{ field: 'channel' as const, op: 'eq', value: NETWORKS[i % NETWORKS.length]! }, { not: { field: 'language' as const, op: 'in', value: ['en'] } }, { field: 'urgency' as const, op: 'gte', value: 2 }] };
    const then: RuleInput['then'] = kind === 3 ? [{ type: 'set_priority', priority: 3 }, { type: 'add_labels', labels: ['vip'] }]
      : kind === 1 ? [{ type: 'add_labels', labels: [`order-${i}`] }] : [{ type: 'assign_team', teamId: team }];
    rules.push({ id: `rule-${i}`, name: `Rule ${i}`, on: i % 7 === 0 ? 'every_message' : 'conversation_opened', when, then });
  }
  return rules;
}

export function benchFacts(i: number, accountId: string): RuleFacts {
  const pick = <T>(list: readonly T[], salt: number): T => list[(i * 7 + salt * 13) % list.length]!;
  const words = Array.from({ length: 12 + (i % 20) }, (_, k) => pick(WORDS, k)).join(' ');
  return {
    trigger: i % 4 === 0 ? 'message_received' : 'conversation_opened', channel: { accountId, network: pick(NETWORKS, 1) },
    surface: i % 3 === 0 ? 'private' : 'public', messageKind: i % 3 === 0 ? 'dm' : 'mention',
    text: `Hi, ${words}. My booking #${100000 + i} is not working!`,
    triage: { needsResponse: i % 5 !== 0, kind: i % 5 === 0 ? 'chatter' : 'complaint', sentiment: i % 2 === 0 ? 'negative' : 'neutral', topic: pick(TOPICS, 2), urgency: i % 4, language: pick(LANGUAGES, 3), influence: (i % 100) / 100 },
    contact: { followers: (i * 37) % 40_000, attributes: { plan: i % 9 === 0 ? 'gold' : 'basic' } },
    labels: [], priority: 0, teamId: null, assigneeId: null, insideBusinessHours: i % 2 === 0, minutesSinceLastReply: null,
  };
}

export const benchLanguages = LANGUAGES;
export const benchTopics = TOPICS;
