// Negation scope marking: "not happy" and "happy" must not look alike to a bag-of-words model.
// A negator marks the next few words (up to a clause break), as in Das & Chen (2001) and Pang et
// al. (2002); the window is short because social posts rarely carry negation further.
import type { Token } from './tokenize.ts';

const NEGATORS = new Set([
  // English, with and without apostrophes (phones drop them)
  'not', 'no', 'never', 'cannot', 'cant', "can't", 'dont', "don't", 'doesnt', "doesn't", 'didnt', "didn't",
  'isnt', "isn't", 'wasnt', "wasn't", 'arent', "aren't", 'werent', "weren't", 'wont', "won't", 'wouldnt',
  "wouldn't", 'shouldnt', "shouldn't", 'couldnt', "couldn't", 'havent', "haven't", 'hasnt', "hasn't",
  'hadnt', "hadn't", 'aint', "ain't", 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without', 'hardly',
  'barely', 'none', 'nope', 'lack', 'lacks', 'lacking',
  // Spanish, Portuguese, Italian, French, German, Dutch
  'nunca', 'nada', 'ni', 'sin', 'tampoco', 'ningun', 'ninguna', 'nao', 'sem', 'nem', 'nenhum', 'nenhuma',
  'non', 'mai', 'niente', 'senza', 'nessun', 'nessuno', 'nessuna', 'ne', "n'", 'pas', 'jamais', 'rien',
  'aucun', 'aucune', 'sans', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'ohne', 'nichts',
  'niet', 'geen', 'nooit', 'zonder', 'niks',
]);

// A contrast starts a new clause: "not great but ok" must not negate "ok".
const CLAUSE_BREAKS = new Set(['but', 'pero', 'mais', 'aber', 'mas', 'ma', 'maar', 'however', 'though', 'although']);

const SCOPE = 3;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || (word.length > 3 && word.charCodeAt(word.length - 1) === 116 && word.endsWith("n't"));
}

export function markNegation(tokens: Token[]): void {
  let remaining = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' || t.kind === 'url') {
      remaining = 0;
    } else if (t.kind === 'word') {
      if (isNegator(t.text)) remaining = SCOPE;
      else if (CLAUSE_BREAKS.has(t.text)) remaining = 0;
      else if (remaining > 0) {
        t.negated = true;
        remaining--;
      }
    }
  }
}
