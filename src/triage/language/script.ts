// Writing-system detection: for most non-Latin scripts the script alone names the language a
// care team needs to route to (Hangul is Korean, kana is Japanese...). A few letters tell apart
// languages that share a script (Ukrainian і/ї/є/ґ, Persian پ/چ/ژ/گ).

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'hangul' | 'kana' | 'han' | 'other';

const RANGES: Array<[number, number, Script]> = [
  [0x0041, 0x024f, 'latin'], [0x1e00, 0x1eff, 'latin'], [0x0370, 0x03ff, 'greek'], [0x0400, 0x052f, 'cyrillic'],
  [0x0590, 0x05ff, 'hebrew'], [0x0600, 0x06ff, 'arabic'], [0x0750, 0x077f, 'arabic'], [0x0900, 0x097f, 'devanagari'],
  [0x0e00, 0x0e7f, 'thai'], [0x1100, 0x11ff, 'hangul'], [0x3040, 0x30ff, 'kana'], [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'], [0xac00, 0xd7af, 'hangul'],
];

export function scriptOf(code: number): Script | null {
  if (code < 0x41) return null;
  for (const [lo, hi, script] of RANGES) if (code >= lo && code <= hi) return script;
  return null;
}

export interface ScriptCounts {
  counts: Map<Script, number>;
  total: number;
}

export function countScripts(words: readonly string[]): ScriptCounts {
  const counts = new Map<Script, number>();
  let total = 0;
  let latin = 0;
  for (const w of words) {
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c < 0x80) {
        // ASCII letters are Latin; ASCII punctuation (apostrophes) is no script.
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
        continue;
      }
      const s = scriptOf(c);
      if (!s) continue;
      counts.set(s, (counts.get(s) ?? 0) + 1);
      total++;
    }
  }
  if (latin > 0) counts.set('latin', (counts.get('latin') ?? 0) + latin);
  return { counts, total: total + latin };
}

/** The language a non-Latin script implies, or null for Latin (which needs the n-gram model). */
export function languageOfScript(script: Script, text: string): string | null {
  switch (script) {
    case 'cyrillic': return /[іїєґІЇЄҐ]/.test(text) ? 'uk' : 'ru';
    case 'greek': return 'el';
    case 'arabic': return /[پچژگ]/.test(text) ? 'fa' : 'ar';
    case 'hebrew': return 'he';
    case 'devanagari': return 'hi';
    case 'thai': return 'th';
    case 'hangul': return 'ko';
    case 'kana': return 'ja';
    case 'han': return 'zh';
    default: return null;
  }
}
