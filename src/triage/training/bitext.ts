// Bitext customer-support sample (CDLA-Sharing-1.0): 4,514 synthetic customer requests, 27
// intents. Mapped to our topics, kinds and sentiment like BANKING77 (see banking77.ts). Bitext
// has no official split: a stable hash of the text puts 10% aside for evaluation.
import { hashString } from '../text/hash.ts';
import type { Kind, Sentiment } from '../types.ts';
import { parseCsvRecords } from './csv.ts';
import type { ExternalExample } from './external-example.ts';

export const BITEXT_MAPPING: Record<string, [topic: string, kind: Kind, sentiment: Sentiment]> = {
  cancel_order: ['refund_or_return', 'question', 'neutral'],
  change_order: ['delivery', 'question', 'neutral'],
  place_order: ['product_question', 'question', 'neutral'],
  track_order: ['delivery', 'question', 'neutral'],
  change_shipping_address: ['delivery', 'question', 'neutral'],
  set_up_shipping_address: ['delivery', 'question', 'neutral'],
  delivery_options: ['delivery', 'question', 'neutral'],
  delivery_period: ['delivery', 'question', 'neutral'],
  check_cancellation_fee: ['billing', 'question', 'neutral'],
  check_invoice: ['billing', 'question', 'neutral'],
  get_invoice: ['billing', 'question', 'neutral'],
  check_payment_methods: ['billing', 'question', 'neutral'],
  payment_issue: ['billing', 'complaint', 'negative'],
  check_refund_policy: ['refund_or_return', 'question', 'neutral'],
  get_refund: ['refund_or_return', 'question', 'neutral'],
  track_refund: ['refund_or_return', 'question', 'neutral'],
  complaint: ['other', 'complaint', 'negative'],
  contact_customer_service: ['other', 'question', 'neutral'],
  contact_human_agent: ['other', 'question', 'neutral'],
  review: ['other', 'question', 'neutral'],
  newsletter_subscription: ['other', 'question', 'neutral'],
  create_account: ['account_and_login', 'question', 'neutral'],
  delete_account: ['account_and_login', 'question', 'neutral'],
  edit_account: ['account_and_login', 'question', 'neutral'],
  recover_password: ['account_and_login', 'question', 'neutral'],
  switch_account: ['account_and_login', 'question', 'neutral'],
  registration_problems: ['account_and_login', 'complaint', 'negative'],
};

export function bitextExamples(csv: string): ExternalExample[] {
  return parseCsvRecords(csv).map((r, i) => {
    const mapping = BITEXT_MAPPING[r.intent!];
    if (!mapping) throw new Error(`Bitext: unmapped intent ${r.intent}`);
    const text = r.instruction!;
    const split = hashString(text) % 10 === 0 ? 'test' : 'train';
    return { id: `bitext:${i}`, text, source: 'bitext', split, topic: mapping[0], kind: mapping[1], sentiment: mapping[2], intent: r.intent! };
  });
}
