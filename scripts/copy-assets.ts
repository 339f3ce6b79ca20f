// `npm run build`: files the compiled code reads at run time travel with it into dist/ (the
// shipped triage models).
import { cpSync, globSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ASSETS = ['src/triage/models/*.json', 'src/demo/*.json'];

for (const file of ASSETS.flatMap((pattern) => globSync(pattern))) {
  const target = join('dist', file.replace(/^src\//, ''));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(file, target);
  console.log(`copied ${file} -> ${target}`);
}
