import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spamSignals } from './spam.ts';
import { assessUrgency, urgencySignals } from './urgency.ts';

const signals = (s: string) => urgencySignals(s.toLowerCase()).map((x) => x.signal);
const ctx = { needsResponse: true, spam: false, negative: 0.3 };

test('each urgency signal fires on its phrases, in several languages', () => {
  assert.deepEqual(signals('there is a gas smell in the building'), ['safety']);
  assert.deepEqual(signals('the app is down'), ['outage']);
  assert.deepEqual(signals('sin luz en todo el barrio'), ['outage']);
  assert.deepEqual(signals('you charged me twice'), ['money_lost']);
  assert.deepEqual(signals("I'm stuck at the airport"), ['travel_today']);
  assert.deepEqual(signals('my lawyer will hear about this'), ['legal_threat']);
  assert.deepEqual(signals('ich werde einen Anwalt einschalten'), ['legal_threat']);
  assert.deepEqual(signals('my account is locked'), ['account_locked']);
  assert.deepEqual(signals('I am cancelling my subscription'), ['churn_threat']);
  assert.deepEqual(signals('third time I write'), ['repeat_contact']);
  assert.deepEqual(signals('my elderly father'), ['vulnerable_customer']);
});

test('ordinary words do not trigger signals', () => {
  assert.deepEqual(signals('you let me down'), []);
  assert.deepEqual(signals('what time does the store open on sunday'), []);
  assert.deepEqual(signals('courtesy and fine service'), []);
});

test('levels: safety is 3; two strong reasons are 3; a strongly negative request is at least 1', () => {
  assert.equal(assessUrgency('smoke coming from the charger', ctx).level, 3);
  assert.equal(assessUrgency('stranded at the airport and charged twice', ctx).level, 3);
  assert.equal(assessUrgency('the website is down', ctx).level, 2);
  assert.equal(assessUrgency('the food was meh', { ...ctx, negative: 0.9 }).level, 1);
  assert.equal(assessUrgency('the food was meh', ctx).level, 0);
});

test('items that need no response keep non-safety signals low; spam has no urgency', () => {
  assert.equal(assessUrgency('is the app down for anyone else lol', { ...ctx, needsResponse: false }).level, 1);
  assert.equal(assessUrgency('fire in the store on main street', { ...ctx, needsResponse: false }).level, 3);
  assert.deepEqual(assessUrgency('gas leak', { ...ctx, spam: true }), { level: 0, signals: [] });
});

test('a repeat complainer is a repeat contact', () => {
  assert.deepEqual(assessUrgency('hello', { ...ctx, author: { priorComplaints: 3 } }).signals, ['repeat_contact']);
});

test('spam rules catch get-rich offers, fake support numbers and phishing, not customers', () => {
  assert.ok(spamSignals('EARN $500 a day from home!!').hits.includes('get_rich'));
  assert.ok(spamSignals('@brand contact our team on whatsapp +1 555 010 0199 for your refund').hits.includes('fake_support_number'));
  assert.ok(spamSignals('Your account will be suspended, verify now at https://bad.example/x').hits.includes('phishing'));
  assert.ok(spamSignals('follow4follow gain 1000 followers').hits.includes('followers_for_sale'));
  assert.deepEqual(spamSignals('@brand I was charged $45 twice, please refund').hits, []);
  assert.deepEqual(spamSignals('@brand my flight UA 123 is delayed 3 hours').hits, []);
  assert.equal(spamSignals('a b c').logitBoost, 0);
});
