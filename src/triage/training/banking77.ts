// BANKING77 (PolyAI, CC BY 4.0): 13,083 customer questions to a bank, 77 intents. We map each
// intent to our care topics, and to a kind and sentiment where the intent settles them: an
// intent that reports a problem ("card_swallowed") is a complaint with negative sentiment, as
// care teams label such posts; an information request is a neutral question; where wording varies
// ("pending_transfer": a question or a grievance) the kind is only "needs a response" and the
// sentiment is not labeled. The table is the documentation (docs/triage.md repeats it).
import type { Kind, Sentiment } from '../types.ts';
import { parseCsvRecords } from './csv.ts';
import type { ExternalExample } from './external-example.ts';

type Tone = 'problem' | 'info' | 'mixed';

const B = 'billing', D = 'delivery', O = 'outage_or_bug', A = 'account_and_login', P = 'product_question', R = 'refund_or_return';

export const BANKING77_MAPPING: Record<string, [topic: string, tone: Tone]> = {
  card_arrival: [D, 'problem'], card_delivery_estimate: [D, 'info'],
  card_linking: [P, 'info'], exchange_rate: [P, 'info'], fiat_currency_support: [P, 'info'], age_limit: [P, 'info'],
  top_up_limits: [P, 'info'], supported_cards_and_currencies: [P, 'info'], getting_virtual_card: [P, 'info'],
  card_acceptance: [P, 'info'], get_physical_card: [P, 'info'], visa_or_mastercard: [P, 'info'],
  disposable_card_limits: [P, 'info'], atm_support: [P, 'info'], getting_spare_card: [P, 'info'],
  order_physical_card: [P, 'info'], get_disposable_virtual_card: [P, 'info'], apple_pay_or_google_pay: [P, 'info'],
  country_support: [P, 'info'], card_about_to_expire: [P, 'info'], activate_my_card: [P, 'info'],
  automatic_top_up: [P, 'info'], exchange_via_app: [P, 'info'], topping_up_by_card: [P, 'info'],
  top_up_by_cash_or_cheque: [P, 'info'], receiving_money: [P, 'info'], transfer_into_account: [P, 'info'],
  card_payment_wrong_exchange_rate: [B, 'problem'], extra_charge_on_statement: [B, 'problem'],
  wrong_amount_of_cash_received: [B, 'problem'], transfer_not_received_by_recipient: [B, 'problem'],
  balance_not_updated_after_cheque_or_cash_deposit: [B, 'problem'], card_payment_not_recognised: [B, 'problem'],
  direct_debit_payment_not_recognised: [B, 'problem'], transaction_charged_twice: [B, 'problem'],
  balance_not_updated_after_bank_transfer: [B, 'problem'], cash_withdrawal_not_recognised: [B, 'problem'],
  wrong_exchange_rate_for_cash_withdrawal: [B, 'problem'], top_up_reverted: [B, 'problem'],
  'reverted_card_payment?': [B, 'problem'],
  pending_cash_withdrawal: [B, 'mixed'], pending_top_up: [B, 'mixed'], pending_card_payment: [B, 'mixed'],
  pending_transfer: [B, 'mixed'], transfer_timing: [B, 'mixed'], card_payment_fee_charged: [B, 'mixed'],
  top_up_by_bank_transfer_charge: [B, 'mixed'], transfer_fee_charged: [B, 'mixed'], exchange_charge: [B, 'mixed'],
  top_up_by_card_charge: [B, 'mixed'], cash_withdrawal_charge: [B, 'mixed'], cancel_transfer: [B, 'mixed'],
  card_not_working: [O, 'problem'], contactless_not_working: [O, 'problem'], virtual_card_not_working: [O, 'problem'],
  top_up_failed: [O, 'problem'], declined_card_payment: [O, 'problem'], declined_cash_withdrawal: [O, 'problem'],
  declined_transfer: [O, 'problem'], failed_transfer: [O, 'problem'], card_swallowed: [O, 'problem'],
  beneficiary_not_allowed: [O, 'problem'],
  pin_blocked: [A, 'problem'], unable_to_verify_identity: [A, 'problem'], compromised_card: [A, 'problem'],
  lost_or_stolen_card: [A, 'problem'], lost_or_stolen_phone: [A, 'problem'],
  passcode_forgotten: [A, 'info'], change_pin: [A, 'info'], edit_personal_details: [A, 'info'],
  why_verify_identity: [A, 'info'], verify_my_identity: [A, 'info'], verify_source_of_funds: [A, 'info'],
  verify_top_up: [A, 'info'], terminate_account: [A, 'info'],
  request_refund: [R, 'mixed'], Refund_not_showing_up: [R, 'problem'],
};

const NEEDS_RESPONSE: readonly Kind[] = ['complaint', 'question'];

function labels(tone: Tone): { kind: Kind | readonly Kind[]; sentiment: Sentiment | undefined } {
  if (tone === 'problem') return { kind: 'complaint', sentiment: 'negative' };
  if (tone === 'info') return { kind: 'question', sentiment: 'neutral' };
  return { kind: NEEDS_RESPONSE, sentiment: undefined };
}

export function banking77Examples(csv: string, split: 'train' | 'test'): ExternalExample[] {
  return parseCsvRecords(csv).map((r, i) => {
    const mapping = BANKING77_MAPPING[r.category!];
    if (!mapping) throw new Error(`BANKING77: unmapped intent ${r.category}`);
    return { id: `banking77:${split}:${i}`, text: r.text!, source: 'banking77', split, topic: mapping[0], intent: r.category!, ...labels(mapping[1]) };
  });
}
