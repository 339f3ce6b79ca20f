// Surface noise for expanded corpus lines: the same complaint is written by many people, on
// phones, with or without the handle, accents, capitals, abbreviations, typos and emoji. The
// noise is what real posts look like; it teaches the models to look past spelling.
import { pick, type Rng } from '../model/rng.ts';
import type { Sentiment } from '../types.ts';

const EN_ABBREVIATIONS: Array<[RegExp, string[]]> = [
  [/\byou\b/gi, ['u', 'you', 'ya']], [/\byour\b/gi, ['ur', 'your', 'yr']], [/\bplease\b/gi, ['pls', 'plz', 'please']],
  [/\bthanks\b/gi, ['thx', 'thanks', 'tks']], [/\bbecause\b/gi, ['bc', 'cuz', 'because']], [/\bpeople\b/gi, ['ppl']],
  [/\btomorrow\b/gi, ['tmrw', 'tomorow']], [/\bhours\b/gi, ['hrs', 'hours']], [/\bminutes\b/gi, ['mins']],
  [/\bwith\b/gi, ['w/', 'with']], [/\band\b/gi, ['&', 'and', 'n']], [/\bdon't\b/gi, ['dont', "don't", 'do not']],
  [/\bcan't\b/gi, ['cant', 'cannot', "can't"]], [/\bI'm\b/g, ['im', 'Im', "I'm", 'i am']], [/\bit's\b/gi, ['its']],
  [/\bwhat\b/gi, ['wat', 'what']], [/\bcustomer service\b/gi, ['customer svc', 'cust service', 'CS']],
  [/\bthough\b/gi, ['tho']], [/\bright now\b/gi, ['rn']], [/\bto be honest\b/gi, ['tbh']], [/\bare\b/gi, ['r', 'are']],
];

const EMOJI: Record<Sentiment, string[]> = {
  negative: ['😡', '😤', '🙄', '😩', '😭', '🤬', '👎', '😒', '😠', '🤦‍♀️', '😞', '💔'],
  neutral: ['🤔', '🙂', '🙏', '👀', '🤷'],
  positive: ['😊', '🙏', '❤️', '👏', '😍', '🙌', '💯', '🥰', '✨', '👍'],
};

const HASHTAGS: Record<Sentiment, string[]> = {
  negative: ['#fail', '#customerservice', '#disappointed', '#neveragain', '#badservice', '#unacceptable', '#frustrated', '#help'],
  neutral: ['#help', '#question', '#travel', '#support', '#customerservice'],
  positive: ['#thankyou', '#happycustomer', '#love', '#greatservice', '#grateful', '#customerservice'],
};

function typo(word: string, rng: Rng): string {
  const i = 1 + Math.floor(rng() * (word.length - 2));
  const r = rng();
  if (r < 0.35) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (r < 0.7) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

function addTypo(text: string, rng: Rng): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => (/^[a-zA-Zà-ü]{5,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = pick(candidates, rng);
  words[i] = typo(words[i]!, rng);
  return words.join(' ');
}

function abbreviate(text: string, rng: Rng): string {
  let out = text;
  for (const [re, forms] of EN_ABBREVIATIONS) if (rng() < 0.6) out = out.replace(re, () => pick(forms, rng));
  return out;
}

function moveHandle(text: string, rng: Rng): string {
  const m = /^(@\w+)\s+(.*)$/.exec(text);
  if (!m) return text;
  const r = rng();
  if (r < 0.15) return m[2]!;
  if (r < 0.25) return `${m[2]} ${m[1]}`;
  if (r < 0.3) return `.${text}`;
  if (r < 0.38) return `${m[1]} @${pick(['help', 'support', 'news', 'jenny_k', 'mike88', 'ceo'], rng)} ${m[2]}`;
  return text;
}

function recase(text: string, rng: Rng): string {
  const r = rng();
  if (r < 0.3) return text.toLowerCase();
  if (r < 0.6) return text.replace(/(^|@\w+\s)([a-z])/, (_, a: string, b: string) => a + b.toUpperCase());
  if (r < 0.63) return text.toUpperCase();
  if (r < 0.7) return text.replace(/\b(never|worst|still|again|nothing|love|thank you|no one|seriously)\b/i, (w) => w.toUpperCase());
  return text;
}

export interface AugmentOptions {
  language: string;
  sentiment: Sentiment;
}

/** A noisy variant of one expanded line. Variant 0 stays clean so each line appears as written. */
export function augment(text: string, variant: number, o: AugmentOptions, rng: Rng): string {
  if (variant === 0) return text;
  let t = moveHandle(text, rng);
  if (o.language === 'en' && rng() < 0.3) t = abbreviate(t, rng);
  t = recase(t, rng);
  if (rng() < 0.2) t = addTypo(t, rng);
  if (rng() < 0.25) t = t.replace(/[.!?]+$/, '');
  else if (rng() < 0.12) t += pick(o.sentiment === 'positive' ? ['!!', '!!!', ' :)'] : ['!!', '??', '...', '!!!', ' :('], rng);
  if (rng() < 0.18) t += ` ${pick(EMOJI[o.sentiment], rng)}`.repeat(rng() < 0.3 ? 2 : 1);
  if (rng() < 0.08) t += ` ${pick(HASHTAGS[o.sentiment], rng)}`;
  if (rng() < 0.04) t += ` https://t.co/${Math.floor(rng() * 1e9).toString(36)}`;
  if (o.language === 'en' && rng() < 0.08) t = pick(['hey ', 'hi ', 'so ', 'umm ', 'ok so ', 'yo '], rng) + t;
  return t.replace(/\s+/g, ' ').trim();
}
