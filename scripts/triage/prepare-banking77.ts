// Turns BANKING77's test split into eval JSONL with our topics (mapping: src/triage/training/
// banking77.ts). The shipped models train on the train split only.
//   node scripts/triage/prepare-banking77.ts --data ../shared/data --out /tmp/earshot-eval
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { banking77Examples } from '../../src/triage/training/banking77.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: prepare-banking77.ts --out DIR [--data DIR]');
  process.exit(2);
}
const examples = banking77Examples(readFileSync(join(values.data, 'banking77', 'test.csv'), 'utf8'), 'test');
mkdirSync(values.out, { recursive: true });
const file = join(values.out, 'banking77-test.jsonl');
writeFileSync(file, examples.map((e) => JSON.stringify({ id: e.id, text: e.text, topic: e.topic, intent: e.intent })).join('\n') + '\n');
console.log(`${file}: ${examples.length} questions`);
