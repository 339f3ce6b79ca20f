// Loads the model files that ship in src/triage/models (or another directory). Reading files is
// the only I/O in triage; the engine itself is pure. Decoding takes tens of milliseconds, so the
// shipped models are decoded once per process and shared by every workspace's engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TriageModels } from '../engine-context.ts';
import { loadLanguageModel, type LanguageProfileFile } from '../language/profile.ts';
import { decodeClassifiers, type ClassifierFile } from '../model/model-file.ts';

export const SHIPPED_MODELS_DIR = import.meta.dirname;
export const CLASSIFIERS_FILE = 'classifiers.json';
export const LANGUAGES_FILE = 'languages.json';

let shipped: TriageModels | undefined;

export function loadModels(dir: string): TriageModels {
  const classifiers = JSON.parse(readFileSync(join(dir, CLASSIFIERS_FILE), 'utf8')) as ClassifierFile;
  const languages = JSON.parse(readFileSync(join(dir, LANGUAGES_FILE), 'utf8')) as LanguageProfileFile;
  return { classifiers: decodeClassifiers(classifiers), language: loadLanguageModel(languages) };
}

/** The models in the repository, decoded once. */
export function loadShippedModels(): TriageModels {
  shipped ??= loadModels(SHIPPED_MODELS_DIR);
  return shipped;
}
