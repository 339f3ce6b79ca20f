// Turns untrusted social text into normalized tokens. Social posts are short and noisy: handles,
// links, prices, emoji, elongated words ("soooo"), shouting and missing accents. Each becomes a
// stable token so that the models see "<url>" rather than one rare string per link.
// A hand-written scanner rather than one big regex: tokenizing runs for every inbound item and
// the scanner is several times faster.
import { markNegation } from './negation.ts';

export type TokenKind = 'word' | 'url' | 'user' | 'num' | 'money' | 'time' | 'emoji' | 'emoticon' | 'punct';

export interface Token {
  /** Lower-cased, accents stripped, elongations squashed; "<url>", "<user>"... for special tokens. */
  text: string;
  /** For words: lower-cased with accents kept (language identification needs them); else "". */
  lower: string;
  kind: TokenKind;
  /** The word was written in capitals (3+ letters): shouting. */
  caps: boolean;
  /** The word sits inside the scope of a negation ("not happy"). */
  negated: boolean;
  /** The word came from a hashtag. */
  hashtag: boolean;
}

const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Anything outside ASCII (code points above 0x7f) may carry accents to strip.
const NON_ASCII = /[^\p{ASCII}]/u;
const MAX_INPUT = 4000;

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xaa && LETTER.test(String.fromCharCode(c));
}

/** Inside a word, combining marks (accents typed as two code points) belong to it too. */
function isWordInner(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Variation selectors and joiners glue emoji together; they are not part of words.
  if (c === 0xfe0f || c === 0xfe0e || c === 0x200d) return false;
  return c >= 0xaa && LETTER_OR_MARK.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || c === 95 || (c < 128 && isLetterCode(c));
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}

/** Cuts runs of 3+ identical characters to 2 ("soooo" -> "soo"). */
function squashRuns(w: string): string {
  let out = '';
  let copied = 0;
  for (let i = 2; i < w.length; i++) {
    if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) {
      out += w.slice(copied, i);
      copied = i + 1;
    }
  }
  return copied === 0 ? w : out + w.slice(copied);
}

export function normalizeWord(word: string, lower: string = word.toLowerCase()): string {
  let w = lower;
  // Strip accents: people type "tambien" as often as "también" on a phone.
  if (NON_ASCII.test(w)) w = w.replace(/’/g, "'").normalize('NFD').replace(/\p{M}/gu, '');
  return squashRuns(w);
}

function isCaps(word: string): boolean {
  return word.length >= 3 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function token(text: string, kind: TokenKind, caps = false, hashtag = false, lower = ''): Token {
  return { text, kind, caps, negated: false, hashtag, lower };
}

const CURRENCY_WORDS = /^\s?(?:€|£|\$|eur\b|usd\b|dollars?\b|euros?\b|bucks\b|pounds\b)/i;
const TIME_SUFFIX = /^(?::[0-5]\d)?\s?(?:am|pm)\b|^:[0-5]\d\b/i;
const EMOTICON = /^(?:[:;=][-o*']?[)\]([dDpP/\\|3*]|<3|\^\^|:'\()/;
const POSITIVE_EMOTICON = /^(?:[:;=][-o*']?[)\]dDpP3*]|<3|\^\^)$/;

interface Scan {
  text: string;
  pos: number;
  tokens: Token[];
}

function scanWhile(s: Scan, from: number, ok: (c: number) => boolean): number {
  let i = from;
  while (i < s.text.length && ok(s.text.charCodeAt(i))) i++;
  return i;
}

function scanWord(s: Scan): void {
  const { text } = s;
  let i = scanWhile(s, s.pos, isWordInner);
  // Inner apostrophes keep "don't" and "l'avion" whole.
  while ((text[i] === "'" || text[i] === '’') && isLetterCode(text.charCodeAt(i + 1))) i = scanWhile(s, i + 1, isWordInner);
  const raw = text.slice(s.pos, i);
  const lower = raw.toLowerCase();
  s.tokens.push(token(normalizeWord(raw, lower), 'word', isCaps(raw), false, lower));
  s.pos = i;
}

function scanNumber(s: Scan, money: boolean): void {
  const { text } = s;
  let i = scanWhile(s, s.pos, isDigit);
  const rest = text.slice(i, i + 10);
  const time = !money && i - s.pos <= 2 ? TIME_SUFFIX.exec(rest) : null;
  if (time) {
    s.tokens.push(token('<time>', 'time'));
    s.pos = i + time[0].length;
    return;
  }
  while ((text[i] === '.' || text[i] === ',') && isDigit(text.charCodeAt(i + 1))) i = scanWhile(s, i + 1, isDigit);
  const currency = money ? null : CURRENCY_WORDS.exec(text.slice(i, i + 10));
  s.tokens.push(token(money || currency ? '<money>' : '<num>', money || currency ? 'money' : 'num'));
  s.pos = i + (currency ? currency[0].length : 0);
}

function scanPunct(s: Scan, c: number): boolean {
  const { text } = s;
  if (c === 33 || c === 63) {
    const end = scanWhile(s, s.pos, (d) => d === 33 || d === 63);
    const run = text.slice(s.pos, end);
    const kind = run.includes('?') ? (run.includes('!') ? '?!' : '?') : run.length > 1 ? '!!' : '!';
    s.tokens.push(token(kind, 'punct'));
    s.pos = end;
    return true;
  }
  if (c === 46) {
    const end = scanWhile(s, s.pos, (d) => d === 46);
    s.tokens.push(token(end - s.pos > 1 ? '...' : '.', 'punct'));
    s.pos = end;
    return true;
  }
  if (c === 0x2026) {
    s.tokens.push(token('...', 'punct'));
    s.pos++;
    return true;
  }
  if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
    s.tokens.push(token(text[s.pos]!, 'punct'));
    s.pos++;
    return true;
  }
  return false;
}

function scanSymbol(s: Scan, c: number): void {
  const { text } = s;
  const next = text.charCodeAt(s.pos + 1);
  if (c === 64 && isWordChar(next)) {
    s.tokens.push(token('<user>', 'user'));
    s.pos = scanWhile(s, s.pos + 1, isWordChar);
    return;
  }
  if (c === 35 && (isLetterCode(next) || isDigit(next))) {
    const end = scanWhile(s, s.pos + 1, (d) => isLetterCode(d) || isDigit(d) || d === 95);
    const tag = text.slice(s.pos + 1, end);
    s.tokens.push(token(normalizeWord(tag), /^\d+$/.test(tag) ? 'num' : 'word', false, true));
    s.pos = end;
    return;
  }
  if ((c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) && (isDigit(next) || (next === 32 && isDigit(text.charCodeAt(s.pos + 2))))) {
    s.pos += next === 32 ? 2 : 1;
    scanNumber(s, true);
    return;
  }
  const emoticon = EMOTICON.exec(text.slice(s.pos, s.pos + 4));
  if (emoticon && !isLetterCode(text.charCodeAt(s.pos + emoticon[0].length))) {
    s.tokens.push(token(POSITIVE_EMOTICON.test(emoticon[0]) ? ':)' : ':(', 'emoticon'));
    s.pos += emoticon[0].length;
    return;
  }
  if (scanPunct(s, c)) return;
  const cp = text.codePointAt(s.pos)!;
  const ch = String.fromCodePoint(cp);
  if (cp > 0x2000 && PICTOGRAPHIC.test(ch)) s.tokens.push(token(ch, 'emoji'));
  s.pos += ch.length;
}

function scanUrl(s: Scan): boolean {
  const { text, pos } = s;
  if (!text.startsWith('http://', pos) && !text.startsWith('https://', pos) && !text.startsWith('www.', pos)) return false;
  s.tokens.push(token('<url>', 'url'));
  s.pos = scanWhile(s, pos, (d) => !isSpace(d));
  return true;
}

/** Tokens of a post, with negation scopes marked. Bounded: very long texts are cut at 4,000 chars. */
export function tokenize(input: string): Token[] {
  const s: Scan = { text: input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input, pos: 0, tokens: [] };
  while (s.pos < s.text.length) {
    const c = s.text.charCodeAt(s.pos);
    if (isSpace(c)) s.pos++;
    else if ((c === 104 || c === 119) && scanUrl(s)) continue;
    else if (isLetterCode(c)) scanWord(s);
    else if (isDigit(c)) scanNumber(s, false);
    else scanSymbol(s, c);
  }
  markNegation(s.tokens);
  return s.tokens;
}
