import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { UsageError } from '../usage-error.ts';
import { registerTriageCommands } from './triage.ts';

function program(): Command {
  const p = new Command('earshot').exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
  registerTriageCommands(p);
  return p;
}

const dir = mkdtempSync(join(tmpdir(), 'earshot-triage-'));
const file = join(dir, 'eval.jsonl');
writeFileSync(file, [
  '{"id":"1","text":"@shop my parcel never arrived, where is it?","needs_response":true,"sentiment":"negative","topic":"delivery","language":"en"}',
  '{"id":"2","text":"@shop thank you, lovely service!","needs_response":false,"sentiment":"positive"}',
  'oops',
  '{"id":"3","text":"@shop ¿dónde está mi pedido?","language":"es","sentiment":"neutral"}',
].join('\n'));

test('triage eval --json prints one JSON object as the last line, a key per label field', async (t) => {
  const out = t.mock.method(console, 'log', () => {});
  const err = t.mock.method(console, 'error', () => {});
  await program().parseAsync(['triage', 'eval', '--file', file, '--json'], { from: 'user' });
  const lines = out.mock.calls.map((c) => String(c.arguments[0])).join('\n').trim().split('\n');
  const summary = JSON.parse(lines[lines.length - 1]!) as Record<string, { n: number; accuracy: number; macro_f1: number; macro_recall: number; per_class: object; confusion: object }>;
  assert.deepEqual(Object.keys(summary).filter((k) => ['needs_response', 'sentiment', 'topic', 'language'].includes(k)).sort(), ['language', 'needs_response', 'sentiment', 'topic']);
  assert.equal(summary.sentiment!.n, 3);
  assert.equal(summary.needs_response!.n, 2);
  for (const key of ['n', 'accuracy', 'macro_f1', 'macro_recall', 'per_class', 'confusion']) assert.ok(key in summary.sentiment!, key);
  assert.ok((summary as unknown as { items_per_s: number }).items_per_s > 0);
  assert.match(String(err.mock.calls[0]!.arguments[0]), /line 3/);
});

test('triage eval without --json prints the report, with the feedback gain when asked', async (t) => {
  const out = t.mock.method(console, 'log', () => {});
  await program().parseAsync(['triage', 'eval', '--file', file, '--feedback'], { from: 'user' });
  const text = out.mock.calls.map((c) => String(c.arguments[0])).join('\n');
  assert.match(text, /sentiment: n=3 {2}accuracy=/);
  assert.match(text, /confusion/);
  assert.match(text, /gain from feedback/);
  assert.match(text, /line 3: skipped/);
  assert.match(text, /items\/s: \d+/);
});

test('bad flags and values are usage errors', async () => {
  await assert.rejects(program().parseAsync(['triage', 'eval'], { from: 'user' }), (e: unknown) => e instanceof CommanderError && e.code === 'commander.missingMandatoryOptionValue');
  await assert.rejects(program().parseAsync(['triage', 'eval', '--file', join(dir, 'missing.jsonl')], { from: 'user' }), UsageError);
  await assert.rejects(program().parseAsync(['triage', 'train', '--seed', 'x'], { from: 'user' }), (e: unknown) => e instanceof CommanderError && e.code === 'commander.invalidArgument');
  await assert.rejects(program().parseAsync(['triage', 'train', '--data', dir, '--out', dir], { from: 'user' }), UsageError);
  await assert.rejects(program().parseAsync(['triage', 'eval', '--file', file, '--config', file], { from: 'user' }), UsageError);
});
