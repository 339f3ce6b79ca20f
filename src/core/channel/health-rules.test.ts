// Channel health rules: quiet relative to the usual for the hour, and failing channels.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateHealth, usualEventsPerHour, type HealthInput, type HourActivity } from './health-rules.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 20, 12, 40);
const HOUR_START = Date.UTC(2026, 0, 20, 12);

/** Two weeks where 12:00 has `noon` events and 04:00 none. */
function history(noon: number): HourActivity[] {
  const rows: HourActivity[] = [];
  for (let d = 1; d <= 14; d++) rows.push({ hourStart: HOUR_START - d * 24 * HOUR, events: noon, deliveries: noon, authFailures: 0, errors: 0 });
  return rows;
}

const base = (overrides: Partial<HealthInput> = {}): HealthInput => ({
  now: NOW, activity: history(60), lastEventAt: NOW - 5 * 60_000, accountCreatedAt: NOW - 30 * 24 * HOUR,
  polled: false, pollFailures: 0, pollPausedUntil: null, budgetReached: false, ...overrides,
});

describe('channel health rules', () => {
  it('learns the usual volume of this hour from the last two weeks', () => {
    assert.equal(usualEventsPerHour(base()), 60);
    assert.equal(usualEventsPerHour(base({ accountCreatedAt: NOW - 3 * 24 * HOUR, activity: history(60) })), 60, 'only days the account existed');
    assert.equal(usualEventsPerHour(base({ now: Date.UTC(2026, 0, 20, 4, 30) })), 0);
  });

  it('flags a busy channel that went silent, not one that is always silent at this hour', () => {
    assert.deepEqual(evaluateHealth(base()), { healthy: true });
    const quiet = evaluateHealth(base({ lastEventAt: NOW - 40 * 60_000 }));
    assert.equal(quiet.healthy === false && quiet.reason, 'quiet');
    assert.deepEqual(evaluateHealth(base({ now: Date.UTC(2026, 0, 20, 4, 30), lastEventAt: NOW - 10 * HOUR })), { healthy: true }, 'night: silence is usual');
    assert.deepEqual(evaluateHealth(base({ activity: history(2), lastEventAt: NOW - 3 * HOUR })), { healthy: true }, 'a channel with little traffic');
    const slow = evaluateHealth(base({ activity: history(4), lastEventAt: NOW - 50 * 60_000 }));
    assert.deepEqual(slow, { healthy: true }, '4 an hour: 50 minutes of silence is within four usual gaps');
  });

  it('flags repeated signature failures, unreadable events and failing polls', () => {
    const recent = (patch: Partial<HourActivity>): HourActivity[] => [...history(60), { hourStart: HOUR_START, events: 0, deliveries: 0, authFailures: 0, errors: 0, ...patch }];
    const auth = evaluateHealth(base({ activity: recent({ authFailures: 25, deliveries: 3 }) }));
    assert.equal(auth.healthy === false && auth.reason, 'auth_failures');
    assert.deepEqual(evaluateHealth(base({ activity: recent({ authFailures: 25, deliveries: 400 }) })), { healthy: true }, 'a few strays among many good deliveries');
    const errors = evaluateHealth(base({ activity: recent({ errors: 9, events: 2 }) }));
    assert.equal(errors.healthy === false && errors.reason, 'errors');
    const polls = evaluateHealth(base({ polled: true, pollFailures: 3 }));
    assert.equal(polls.healthy === false && polls.reason, 'polling_failed');
    const budget = evaluateHealth(base({ polled: true, budgetReached: true, pollPausedUntil: NOW + HOUR }));
    assert.equal(budget.healthy === false && budget.reason, 'budget_reached');
  });
});
