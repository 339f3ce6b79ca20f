// `earshot triage train`: rebuilds the shipped model files from our written corpus, BANKING77
// (train split) and Bitext (train part), reproducibly: a fixed seed, a fixed order, no clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from '../corpus/index.ts';
import type { CorpusExample } from '../corpus/types.ts';
import { SOCIAL_SAMPLES } from '../language/samples-social.ts';
import { LANGUAGE_SAMPLES } from '../language/samples.ts';
import type { LanguageProfileFile } from '../language/profile.ts';
import type { ClassifierFile } from '../model/model-file.ts';
import { banking77Examples } from './banking77.ts';
import { bitextExamples } from './bitext.ts';
import { fromCorpus, fromExternal, splitOf, type LabeledText } from './dataset.ts';
import { DEFAULT_CLASSIFIER_OPTIONS, trainClassifiers, type ClassifierOptions } from './train-classifiers.ts';
import { sentencesOf, trainLanguageProfiles } from './train-languages.ts';

export interface TrainAllOptions {
  /** Folder holding banking77/ and bitext-support/ (../shared/data); null trains on our corpus only. */
  dataDir: string | null;
  corpus: CorpusOptions;
  classifiers: ClassifierOptions;
}

export const DEFAULT_TRAIN_ALL_OPTIONS: TrainAllOptions = {
  dataDir: null, corpus: DEFAULT_CORPUS_OPTIONS, classifiers: DEFAULT_CLASSIFIER_OPTIONS,
};

export interface TrainedModels {
  classifiers: ClassifierFile;
  languages: LanguageProfileFile;
}

export function externalTexts(dataDir: string): LabeledText[] {
  const read = (...p: string[]): string => readFileSync(join(dataDir, ...p), 'utf8');
  return [
    ...fromExternal(banking77Examples(read('banking77', 'train.csv'), 'train')),
    ...fromExternal(banking77Examples(read('banking77', 'test.csv'), 'test')),
    ...fromExternal(bitextExamples(read('bitext-support', 'Bitext_Sample_Customer_Support_Training_Dataset.csv'))),
  ];
}

/** Language profile text: written samples plus each written corpus line once (train split only). */
export function languageTexts(corpus: readonly CorpusExample[]): Record<string, string[]> {
  const texts: Record<string, string[]> = {};
  for (const [lang, text] of Object.entries(LANGUAGE_SAMPLES)) texts[lang] = [...sentencesOf(text), ...sentencesOf(SOCIAL_SAMPLES[lang] ?? '')];
  // Only the Latin-script languages get n-gram profiles; the others are told by their script.
  for (const e of corpus) {
    if (e.id.endsWith(':0') && splitOf(e.group) === 'train' && texts[e.language]) texts[e.language]!.push(e.text);
  }
  return texts;
}

export function trainAll(options: TrainAllOptions = DEFAULT_TRAIN_ALL_OPTIONS): TrainedModels {
  const corpus = buildCorpus(options.corpus);
  const texts = [...fromCorpus(corpus), ...(options.dataDir ? externalTexts(options.dataDir) : [])];
  return { classifiers: trainClassifiers(texts, options.classifiers), languages: trainLanguageProfiles(languageTexts(corpus)) };
}

/** Stable serialization: the same models always give the same bytes. */
export function serializeModel(model: ClassifierFile | LanguageProfileFile): string {
  return `${JSON.stringify(model)}\n`;
}
