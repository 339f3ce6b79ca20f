// `earshot forecast` as a user runs it: on an empty data directory it seeds the demo with its
// history and prints the plan; the last line is one JSON object; bad flags exit 2 with a reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/databases.ts';

const BIN = fileURLToPath(new URL('../../bin/earshot.js', import.meta.url));

function earshot(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
}

describe('earshot forecast', () => {
  it('forecasts the demo history: intervals with agents needed, the back-test WAPE and the method', () => {
    const dir = tempDir();
    try {
      const result = earshot(['forecast', '--json', '--days', '7', '--peak', '+60%@2099-01-01', '--vendor', '4x1.25@08:00-20:00'], { EARSHOT_DATA_DIR: dir.path });
      assert.equal(result.status, 0, result.stderr);
      const last = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
      assert.equal(last.workspace, 'acme');
      assert.equal(last.intervals.length, 7 * 48);
      for (const key of ['start', 'volume', 'agents_needed']) assert.ok(key in last.intervals[0], key);
      assert.ok(typeof last.wape === 'number' && last.wape > 0 && last.wape < 1, `wape ${last.wape}`);
      assert.match(last.method, /^(seasonal_naive|seasonal_mean|profile_trend|holt_winters|slot_of_day_mean)$/);
      assert.equal(last.queue_model, 'erlang_c');
      assert.ok(last.intervals.some((i: { agents_needed: number }) => i.agents_needed > 0));
      assert.equal(last.scenarios.length, 3, 'peak, vendor, and both');
      const vendor = last.scenarios.find((s: { name: string }) => s.name.startsWith('vendor'));
      assert.ok(vendor.shortfall_agent_hours_change < 0, 'a vendor team closes part of the gap');
      // A second run finds the demo and its history instead of seeding again.
      const again = earshot(['forecast', '--json', '--days', '1'], { EARSHOT_DATA_DIR: dir.path });
      assert.equal(again.status, 0, again.stderr);
      assert.doesNotMatch(again.stderr, /seeding/);
    } finally {
      dir.dispose();
    }
  });

  it('exits 2 with a reason on bad flags', () => {
    const dir = tempDir();
    try {
      for (const [flag, value, reason] of [['--days', 'many', /--days/], ['--peak', '60%', /--peak expects/], ['--vendor', 'lots', /--vendor expects/], ['--shrinkage', '1.5', /--shrinkage/]] as const) {
        const result = earshot(['forecast', flag, value], { EARSHOT_DATA_DIR: dir.path });
        assert.equal(result.status, 2, `${flag} ${value}`);
        assert.match(result.stderr, reason);
      }
      const unknown = earshot(['forecast', '--workspace', 'nope'], { EARSHOT_DATA_DIR: dir.path });
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /No workspace "nope"/);
    } finally {
      dir.dispose();
    }
  });
});
