// Compositional English examples: an opener, a problem (or question, or praise) clause, context,
// a demand and a closing emotion, each drawn from written lists. Where the line files give
// variety of whole posts, this gives variety of structure: the same problem said in many ways.
import { createRng, pick, type Rng } from '../model/rng.ts';
import type { Kind, Sentiment } from '../types.ts';
import { fillTemplate } from './expand.ts';
import { augment } from './augment.ts';
import type { CorpusExample } from './types.ts';

type Clause = [topic: string, text: string];

const PROBLEMS: Record<string, Clause[]> = {
  airline: [
    ['other', 'my flight is delayed {hrs}'], ['other', 'you cancelled my flight'], ['other', 'I missed my connection'],
    ['delivery', 'my bag never arrived'], ['delivery', 'my suitcase came back broken'], ['other', 'the gate agent was rude'],
    ['billing', 'I got charged for a bag that should be free'], ['other', "we've been stuck on the plane {hrs}"],
    ['outage_or_bug', "the app won't show my boarding pass"], ['refund_or_return', 'my refund never came'],
    ['account_and_login', 'my miles are gone from my account'], ['other', 'I was bumped off my flight'],
  ],
  bank: [
    ['billing', 'there is a charge I never made'], ['billing', 'I was charged twice'], ['account_and_login', 'my account is locked'],
    ['outage_or_bug', 'my card keeps getting declined'], ['outage_or_bug', 'the app is down'], ['delivery', 'my new card never arrived'],
    ['billing', 'my transfer is stuck as pending'], ['refund_or_return', 'the merchant refund is not in my account'],
    ['account_and_login', "I can't log in"], ['billing', 'you charged me a fee for nothing'],
  ],
  telco: [
    ['outage_or_bug', 'my internet is down'], ['outage_or_bug', 'I have no signal'], ['billing', 'my bill doubled'],
    ['delivery', 'the technician never showed up'], ['outage_or_bug', 'the wifi keeps dropping'],
    ['billing', 'you charged me after I cancelled'], ['outage_or_bug', 'speeds are a fraction of what I pay for'],
    ['account_and_login', "I can't get into my account to pay"],
  ],
  retail: [
    ['delivery', 'my order never arrived'], ['delivery', 'the package was marked delivered but it is not here'],
    ['delivery', 'half my order is missing'], ['refund_or_return', 'I still have not got my refund'],
    ['delivery', 'you sent the wrong item'], ['other', 'the product broke after a week'], ['billing', 'I was overcharged'],
    ['outage_or_bug', "the checkout page won't load"], ['delivery', 'the box arrived damaged'],
  ],
  software: [
    ['outage_or_bug', 'the app keeps crashing'], ['outage_or_bug', 'sync is broken'], ['outage_or_bug', 'I lost all my data after the update'],
    ['account_and_login', "I'm locked out of my account"], ['billing', 'you billed me after I cancelled'],
    ['outage_or_bug', 'the site is down'], ['refund_or_return', 'my refund request was ignored'], ['account_and_login', 'the 2FA code never arrives'],
  ],
  utility: [
    ['outage_or_bug', 'we have had no power {hrs}'], ['outage_or_bug', 'there is no water'], ['billing', 'my bill is way too high'],
    ['billing', 'you are estimating my meter readings again'], ['delivery', 'the engineer never came'],
    ['outage_or_bug', 'the heating is out'], ['refund_or_return', 'you still owe me my credit balance'],
  ],
};

const CONTEXT = ['', '', ' {day}', ' for {days} now', ' again', ' for the third time', ' and nobody tells me anything',
  ' and I have called {n} times', ' and your chat just loops', ', I have been waiting {hrs}', ' since {day}', ' and the app says nothing'];
const DEMANDS = ['', '', ' please fix it', ' I want a refund', ' what are you going to do about it?', ' can someone help?',
  ' DM me', ' I need this sorted today', ' who do I talk to?', ' call me back', ' please escalate', ' explain'];
const EMOTIONS: Record<Sentiment, string[]> = {
  negative: ['', '', ' ridiculous', ' so frustrated', ' unacceptable', ' smh', ' this is a joke', ' fed up', ' not happy',
    ' terrible service', ' sick of this', ' #fail', ' 😡', ' 🙄', ' disappointed', ' wtf', ' really?'],
  neutral: ['', ' thanks', ' thank you', ' thx', ' cheers'],
  positive: ['', ' ❤️', ' thank you!', ' 🙏', ' you rock', ' amazing', ' 👏'],
};
const OPENERS = ['@{brand} ', '@{brand} ', '@{brand} hi, ', '@{brand} hey ', '@{brand} so ', '@{brand} ok so ', '', 'hi {brand}, ', 'Dear {brand}, '];

const QUESTIONS: Record<string, Clause[]> = {
  airline: [['product_question', 'what is the baggage allowance'], ['other', 'can I change my flight'], ['refund_or_return', 'how do I get a refund'], ['product_question', 'do you fly to {city}']],
  bank: [['product_question', 'what is the transfer limit'], ['account_and_login', 'how do I reset my PIN'], ['billing', 'when does a pending payment clear'], ['product_question', 'do you support apple pay']],
  telco: [['product_question', 'is fiber available in {city}'], ['billing', 'how do I pay my bill online'], ['product_question', 'does my plan include roaming'], ['account_and_login', 'how do I add a line']],
  retail: [['delivery', 'when will my order arrive'], ['refund_or_return', 'how do I return an item'], ['product_question', 'is this back in stock soon'], ['delivery', 'do you ship to {city}']],
  software: [['product_question', 'is there an offline mode'], ['billing', 'how do I switch to annual billing'], ['account_and_login', 'how do I change my email'], ['product_question', 'does it work on linux']],
  utility: [['billing', 'how do I submit a meter reading'], ['product_question', 'do you have a green tariff'], ['outage_or_bug', 'is there an outage in {city}'], ['account_and_login', 'how do I move my account']],
};
const PRAISE: Clause[] = [['other', 'thank you for the quick help'], ['other', 'your team was amazing today'],
  ['other', 'great service as always'], ['other', 'problem solved in minutes, impressed'], ['other', 'love the new update'],
  ['other', 'best customer service ever'], ['other', 'thanks {name} for sorting it out'], ['delivery', 'delivery was super fast'],
  ['refund_or_return', 'refund came through already, thanks'], ['other', 'really appreciate the follow up']];

interface Composed {
  kind: Kind;
  sentiment: Sentiment;
  topic: string;
  template: string;
}

function composeOne(industry: string, rng: Rng): Composed {
  const r = rng();
  if (r < 0.55) {
    const [topic, problem] = pick(PROBLEMS[industry]!, rng);
    // Care annotators mark a reported problem as negative even when it is put politely.
    const sentiment: Sentiment = 'negative';
    const tail = pick(CONTEXT, rng) + (rng() < 0.7 ? '.' : '') + pick(DEMANDS, rng) + pick(EMOTIONS[sentiment], rng);
    return { kind: 'complaint', sentiment, topic, template: pick(OPENERS, rng) + problem + tail };
  }
  if (r < 0.82) {
    const [topic, question] = pick(QUESTIONS[industry]!, rng);
    const sentiment: Sentiment = rng() < 0.9 ? 'neutral' : 'positive';
    return { kind: 'question', sentiment, topic, template: `${pick(OPENERS, rng)}${question}?${pick(EMOTIONS[sentiment], rng)}` };
  }
  const [topic, praise] = pick(PRAISE, rng);
  return { kind: 'feedback', sentiment: 'positive', topic, template: `${pick(OPENERS, rng)}${praise}${pick(EMOTIONS.positive, rng)}` };
}

/** `perIndustry` composed English examples for each industry; one group per example. */
export function composeExamples(perIndustry: number, seed: number): CorpusExample[] {
  const out: CorpusExample[] = [];
  for (const industry of Object.keys(PROBLEMS)) {
    const rng = createRng(seed ^ (industry.length * 7919) ^ industry.charCodeAt(0));
    for (let i = 0; i < perIndustry; i++) {
      const c = composeOne(industry, rng);
      const text = augment(fillTemplate(c.template, industry, 'en', rng), 1 + (i % 3), { language: 'en', sentiment: c.sentiment }, rng);
      // Composed clauses repeat across examples: group by clause so a split keeps them apart.
      const group = `compose:${industry}:${c.kind}:${c.template.replace(/^[^a-z]*/i, '').slice(0, 24)}`;
      out.push({ id: `compose:${industry}:${i}`, group, text, kind: c.kind, sentiment: c.sentiment, topic: c.topic, language: 'en', industry });
    }
  }
  return out;
}
