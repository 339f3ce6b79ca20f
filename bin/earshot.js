#!/usr/bin/env node
// The `earshot` command. Earshot runs on Node 24 (type stripping, node:sqlite). When an older
// system Node starts this file, re-run it under the Node 24 that `npm install` placed in
// node_modules by the `node` package, so the README's commands work on any machine with npm.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REQUIRED_MAJOR = 24;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);

if (major < REQUIRED_MAJOR) {
  const local = [join(root, 'node_modules', '.bin', 'node'), join(root, 'node_modules', 'node', 'bin', 'node')]
    .find((candidate) => existsSync(candidate));
  if (!local) {
    console.error(`earshot needs Node ${REQUIRED_MAJOR} or later (this is ${process.version}); run \`npm install\` in ${root} first.`);
    process.exit(1);
  }
  const child = spawn(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
} else {
  // A checkout runs the TypeScript sources directly (Node 24 strips types); the published package
  // carries the compiled dist/ instead.
  const source = join(root, 'src', 'cli', 'main.ts');
  const entry = existsSync(source) ? source : join(root, 'dist', 'cli', 'main.js');
  const { main } = await import(pathToFileURL(entry).href);
  await main(process.argv.slice(2));
}
