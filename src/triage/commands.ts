// The file-reading side of `earshot triage train` and `earshot triage eval`: the CLI handlers
// stay thin and call these. Missing files and bad JSON are usage errors, reported as such.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../cli/usage-error.ts';
import { parseTriageConfig, type TriageConfig } from './config.ts';
import { parseEvalFile } from './eval/dataset.ts';
import { formatReport, reportJson } from './eval/format-report.ts';
import { runEval } from './eval/run-eval.ts';
import { CLASSIFIERS_FILE, LANGUAGES_FILE, loadModels, loadShippedModels } from './models/load.ts';
import { DEFAULT_TRAIN_ALL_OPTIONS, serializeModel, trainAll } from './training/train-all.ts';

export interface TrainCommandOptions {
  data: string;
  out: string;
  ownOnly: boolean;
  seed?: number;
}

export function trainCommand(o: TrainCommandOptions): string {
  if (!o.ownOnly && !existsSync(join(o.data, 'banking77', 'train.csv'))) {
    throw new UsageError(`--data ${o.data}: no banking77/train.csv there (give the shared data folder, or --own-only)`);
  }
  const d = DEFAULT_TRAIN_ALL_OPTIONS;
  const seed = o.seed;
  const started = performance.now();
  const models = trainAll({
    dataDir: o.ownOnly ? null : o.data,
    corpus: seed === undefined ? d.corpus : { ...d.corpus, seed },
    classifiers: seed === undefined ? d.classifiers : { ...d.classifiers, train: { ...d.classifiers.train, seed } },
  });
  mkdirSync(o.out, { recursive: true });
  writeFileSync(join(o.out, CLASSIFIERS_FILE), serializeModel(models.classifiers));
  writeFileSync(join(o.out, LANGUAGES_FILE), serializeModel(models.languages));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `wrote ${join(o.out, CLASSIFIERS_FILE)} and ${LANGUAGES_FILE} (${models.classifiers.modelVersion}) in ${seconds} s`;
}

export interface EvalCommandOptions {
  file: string;
  json: boolean;
  feedback: boolean;
  config?: string;
  models?: string;
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what} ${path}: no such file`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`${what} ${path}: not valid JSON`);
  }
}

/** Returns the lines to print: the report, or with --json the one-line summary (last line). */
export function evalCommand(o: EvalCommandOptions): { out: string; warnings: string[] } {
  if (!existsSync(o.file)) throw new UsageError(`--file ${o.file}: no such file`);
  let config: TriageConfig | undefined;
  if (o.config) {
    try {
      config = parseTriageConfig(readJson(o.config, '--config'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--config ${o.config}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const models = o.models ? loadModels(o.models) : loadShippedModels();
  const { items, malformed } = parseEvalFile(readFileSync(o.file, 'utf8'));
  const report = runEval(models, items, malformed, { feedback: o.feedback, ...(config ? { config } : {}) });
  if (!o.json) return { out: formatReport(report), warnings: [] };
  return { out: reportJson(report), warnings: malformed.map((m) => `line ${m.line}: skipped (${m.reason})`) };
}
