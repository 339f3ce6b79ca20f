// `earshot triage train` and `earshot triage eval`: rebuild the offline triage models and
// measure them on labeled JSONL. Thin handlers: the work lives in src/triage/commands.ts.
import { InvalidArgumentError, type Command } from 'commander';
import { evalCommand, trainCommand } from '../../triage/commands.ts';
import { SHIPPED_MODELS_DIR } from '../../triage/models/load.ts';

function seedValue(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new InvalidArgumentError(`expects an integer seed between 0 and 4294967295, got "${value}"`);
  return n;
}

export function registerTriageCommands(program: Command): void {
  const triage = program.command('triage').description('Offline triage models: rebuild them and measure them on labeled data');

  triage.command('train')
    .description('Rebuild the shipped triage models reproducibly (our written corpus, BANKING77 train split, Bitext)')
    .option('--data <dir>', 'folder holding banking77/ and bitext-support/', '../shared/data')
    .option('--out <dir>', 'folder to write classifiers.json and languages.json to', SHIPPED_MODELS_DIR)
    .option('--own-only', 'train on the project\'s written corpus only')
    .option('--seed <n>', 'seed for corpus expansion and training (default: the shipped models\' seed)', seedValue)
    .action((options: { data: string; out: string; ownOnly?: boolean; seed?: number }) => {
      console.log(trainCommand({ data: options.data, out: options.out, ownOnly: options.ownOnly === true, ...(options.seed === undefined ? {} : { seed: options.seed }) }));
    });

  triage.command('eval')
    .description('Score triage on a JSONL file: {"id","text", needs_response?, sentiment?, topic?, language?, author?} per line')
    .requiredOption('--file <path>', 'labeled JSON Lines file')
    .option('--json', 'print one JSON object (the last line) instead of the report')
    .option('--feedback', 'also replay the labels as agent feedback (predict, then learn) and show the gain')
    .option('--config <path>', 'workspace triage config as JSON (topics with keywords/examples, priority weights)')
    .option('--models <dir>', 'model folder to evaluate (default: the shipped models)')
    .action((options: { file: string; json?: boolean; feedback?: boolean; config?: string; models?: string }) => {
      const { out, warnings } = evalCommand({
        file: options.file, json: options.json === true, feedback: options.feedback === true,
        ...(options.config ? { config: options.config } : {}), ...(options.models ? { models: options.models } : {}),
      });
      for (const w of warnings) console.error(w);
      console.log(out);
    });
}
