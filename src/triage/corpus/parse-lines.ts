// The compact line format of the written corpus, one example template per line:
//
//   C- del | @{brand} my package says delivered but it's [not here|missing]. {day}
//
// kind letter (C complaint, Q question, F feedback, T chatter, S spam), sentiment (- 0 +), a topic
// code, then the text. {slot} is filled per industry and language (slots.ts); [a|b|c] picks one
// alternative ([a|] makes a word optional). Lines starting with # are comments.
import type { Kind, Sentiment } from '../types.ts';

export interface TemplateLine {
  line: number;
  kind: Kind;
  sentiment: Sentiment;
  topic: string;
  template: string;
}

const KIND_CODES: Record<string, Kind> = { C: 'complaint', Q: 'question', F: 'feedback', T: 'chatter', S: 'spam' };
const SENTIMENT_CODES: Record<string, Sentiment> = { '-': 'negative', '0': 'neutral', '+': 'positive' };
export const TOPIC_CODES: Record<string, string> = {
  bil: 'billing', del: 'delivery', out: 'outage_or_bug', acc: 'account_and_login', pq: 'product_question',
  ref: 'refund_or_return', oth: 'other',
};

const LINE = /^([CQFTS])([-0+])\s+(\w+)\s*\|\s*(.+)$/;

export function parseLines(source: string, name: string): TemplateLine[] {
  const out: TemplateLine[] = [];
  source.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (!text || text.startsWith('#')) return;
    const m = LINE.exec(text);
    if (!m) throw new Error(`${name}:${i + 1}: not a corpus line: ${text}`);
    const topic = TOPIC_CODES[m[3]!] ?? m[3]!;
    out.push({ line: i + 1, kind: KIND_CODES[m[1]!]!, sentiment: SENTIMENT_CODES[m[2]!]!, topic, template: m[4]! });
  });
  return out;
}
