// The whole written corpus, expanded: what `earshot triage train` reads besides BANKING77 and
// Bitext. Deterministic for a given seed.
import { composeExamples } from './compose.ts';
import { DE } from './de.ts';
import { DE_MORE } from './de-more.ts';
import { EN_AIRLINE } from './en-airline.ts';
import { EN_BANK } from './en-bank.ts';
import { EN_CONTRAST } from './en-contrast.ts';
import { EN_GENERAL } from './en-general.ts';
import { EN_RETAIL } from './en-retail.ts';
import { EN_SOCIAL } from './en-social.ts';
import { EN_SOFTWARE } from './en-software.ts';
import { EN_TELCO } from './en-telco.ts';
import { EN_UTILITY } from './en-utility.ts';
import { ES } from './es.ts';
import { ES_MORE } from './es-more.ts';
import { expandSource } from './expand.ts';
import { FR } from './fr.ts';
import { FR_MORE } from './fr-more.ts';
import { IT } from './it.ts';
import { IT_MORE } from './it-more.ts';
import { NL } from './nl.ts';
import { NL_MORE } from './nl-more.ts';
import { JA, PL, RU, SV, TR } from './other-languages.ts';
import { PT } from './pt.ts';
import { PT_MORE } from './pt-more.ts';
import type { CorpusExample, CorpusSource } from './types.ts';

export const CORPUS_SOURCES: readonly CorpusSource[] = [
  EN_AIRLINE, EN_BANK, EN_TELCO, EN_RETAIL, EN_SOFTWARE, EN_UTILITY, EN_GENERAL, EN_SOCIAL, EN_CONTRAST,
  ES, ES_MORE, FR, FR_MORE, DE, DE_MORE, PT, PT_MORE, IT, IT_MORE, NL, NL_MORE, PL, SV, TR, RU, JA,
];

export interface CorpusOptions {
  seed: number;
  /** Expanded variants per written line. */
  variants: number;
  /** Composed English examples per industry. */
  composedPerIndustry: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = { seed: 20260105, variants: 8, composedPerIndustry: 400 };

export function buildCorpus(options: CorpusOptions = DEFAULT_CORPUS_OPTIONS): CorpusExample[] {
  const written = CORPUS_SOURCES.flatMap((s) => expandSource(s, options.variants, options.seed));
  return [...written, ...composeExamples(options.composedPerIndustry, options.seed)];
}
