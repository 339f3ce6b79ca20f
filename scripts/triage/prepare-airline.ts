// Turns ../shared/data/airline-sentiment/Tweets.csv into eval JSONL for `earshot triage eval`.
// Evaluation only (CC BY-NC-SA 4.0): the output goes to a directory you name, never into the repo.
//   node scripts/triage/prepare-airline.ts --data ../shared/data --out /tmp/earshot-eval [--needs-response]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareAirline } from '../../src/triage/training/airline-sentiment.ts';

const { values } = parseArgs({ options: {
  data: { type: 'string', default: '../shared/data' },
  out: { type: 'string' },
  'needs-response': { type: 'boolean', default: false },
} });
if (!values.out) {
  console.error('usage: prepare-airline.ts --out DIR [--data DIR] [--needs-response]');
  process.exit(2);
}
const csv = readFileSync(join(values.data, 'airline-sentiment', 'Tweets.csv'), 'utf8');
const result = prepareAirline(csv, { deriveNeedsResponse: values['needs-response'] });
mkdirSync(values.out, { recursive: true });
const file = join(values.out, 'airline-sentiment.jsonl');
writeFileSync(file, result.lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
console.log(`${file}: ${result.lines.length} tweets (${result.duplicates} duplicate rows merged, ${result.conflicting} ids with conflicting labels dropped)`);
