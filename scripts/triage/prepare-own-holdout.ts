// Writes the held-out split of the project's own written corpus (never trained on: whole written
// lines are held out, with all their expansions) as eval JSONL with every label field.
//   node scripts/triage/prepare-own-holdout.ts --out /tmp/earshot-eval
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, DEFAULT_CORPUS_OPTIONS } from '../../src/triage/corpus/index.ts';
import { splitOf } from '../../src/triage/training/dataset.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('usage: prepare-own-holdout.ts --out DIR');
  process.exit(2);
}
const held = buildCorpus(DEFAULT_CORPUS_OPTIONS).filter((e) => splitOf(e.group) === 'test');
mkdirSync(values.out, { recursive: true });
const file = join(values.out, 'own-holdout.jsonl');
writeFileSync(file, held.map((e) => JSON.stringify({
  id: e.id, text: e.text, needs_response: e.kind === 'complaint' || e.kind === 'question', sentiment: e.sentiment, topic: e.topic, language: e.language,
})).join('\n') + '\n');
console.log(`${file}: ${held.length} posts from ${new Set(held.map((e) => e.group)).size} held-out written lines`);
