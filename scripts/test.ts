// `npm test`: every *.test.ts under src/ and test/, on Node 24's built-in runner, in UTC.
// Arguments narrow the run: `npm test -- src/storage` runs the tests under that folder.
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const roots = process.argv.slice(2);
const patterns = roots.length > 0
  ? roots.map((root) => (root.endsWith('.ts') ? root : `${root.replace(/\/$/, '')}/**/*.test.ts`))
  : ['src/**/*.test.ts', 'test/**/*.test.ts'];
const files = patterns.flatMap((pattern) => globSync(pattern)).sort();
if (files.length === 0) {
  console.error(`no test files match ${patterns.join(' ')}`);
  process.exit(2);
}

const result = spawnSync(process.execPath, [
  '--test',
  '--test-concurrency=2',
  '--test-timeout=300000',
  '--disable-warning=ExperimentalWarning',
  ...files,
], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', NODE_ENV: 'test' } });
process.exit(result.status ?? 1);
