import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BusinessCalendar } from '../calendar/index.ts';
import { HOUR, MINUTE } from '../clock.ts';
import { elapsedAt, pauseClock, resumeClock, retarget, startClock, stopClock, type NewClock } from './sla-clock.ts';
import { escalationsFor, parseSlaPolicyDefinition, SOCIAL_DEFAULT_POLICY, targetMs } from './sla-policy.ts';

// Berlin, split shift 09:00-12:00 and 13:00-17:00 on weekdays; 2026-01-05 is a Monday.
const berlin = BusinessCalendar.from({
  timeZone: 'Europe/Berlin',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }]])),
  holidays: [{ date: '2026-01-06', name: 'Epiphany (Berlin does not, but this calendar does)' }],
});
const at = (iso: string) => Date.parse(iso);
const spec = (overrides: Partial<NewClock> = {}): NewClock => ({ conversationId: 'c', target: 'first_response', cycle: 1, policyId: 'p', targetMs: HOUR, businessHours: true, ...overrides });

describe('SLA clock', () => {
  it('puts a business-hours deadline across lunch, the night and a holiday', () => {
    // 11:30 CET Monday + 60 business minutes: 30 before lunch, 30 after -> 13:30 CET.
    const clock = startClock(spec(), at('2026-01-05T10:30:00Z'), berlin, 10 * MINUTE);
    assert.equal(clock.dueAt, at('2026-01-05T12:30:00Z'));
    assert.equal(clock.warnAt, at('2026-01-05T12:20:00Z'));
    // 16:30 CET Monday + 60: 30 today, Tuesday is a holiday, 30 on Wednesday -> 09:30 CET Wednesday.
    assert.equal(startClock(spec(), at('2026-01-05T15:30:00Z'), berlin, null).dueAt, at('2026-01-07T08:30:00Z'));
    // Wall-clock policies ignore the calendar.
    assert.equal(startClock(spec({ businessHours: false }), at('2026-01-05T15:30:00Z'), berlin, null).dueAt, at('2026-01-05T16:30:00Z'));
  });

  it('pauses while waiting on the customer and resumes with what is left', () => {
    let clock = startClock(spec({ target: 'resolution', targetMs: 2 * HOUR }), at('2026-01-05T08:00:00Z'), berlin, null); // 09:00 CET
    clock = pauseClock(clock, at('2026-01-05T08:45:00Z'), berlin);
    assert.equal(clock.status, 'paused');
    assert.equal(clock.dueAt, null);
    assert.equal(clock.runningBusinessMs, 45 * MINUTE);
    clock = resumeClock(clock, at('2026-01-05T14:00:00Z'), berlin, null); // 15:00 CET, 75 minutes left
    assert.equal(clock.dueAt, at('2026-01-05T15:15:00Z'));
    const { clock: stopped, overdueAt } = stopClock(clock, at('2026-01-05T15:00:00Z'), berlin);
    assert.deepEqual([stopped.outcome, overdueAt, stopped.runningBusinessMs, stopped.runningWallMs], ['met', null, 105 * MINUTE, 105 * MINUTE]);
  });

  it('stops late as missed, naming the deadline when no breach was recorded yet; cancels without an outcome of time', () => {
    const clock = startClock(spec({ businessHours: false }), 0, berlin, null);
    const late = stopClock(clock, HOUR + 1, berlin);
    assert.deepEqual([late.clock.outcome, late.overdueAt, late.clock.breachedAt], ['missed', HOUR, HOUR]);
    assert.equal(stopClock(clock, HOUR, berlin).clock.outcome, 'met', 'exactly on the deadline is in time');
    assert.equal(stopClock(clock, 2 * HOUR, berlin, true).clock.outcome, 'cancelled');
    const recorded = stopClock({ ...clock, breachedAt: HOUR }, 2 * HOUR, berlin);
    assert.deepEqual([recorded.clock.outcome, recorded.overdueAt], ['missed', null]);
  });

  it('keeps the time already used when the target changes', () => {
    let clock = startClock(spec({ businessHours: false }), 0, berlin, 10 * MINUTE);
    clock = retarget(clock, { policyId: 'urgent', targetMs: 30 * MINUTE, businessHours: false }, 20 * MINUTE, berlin, 10 * MINUTE);
    assert.deepEqual([clock.dueAt, clock.warnAt, clock.runningWallMs, clock.policyId], [30 * MINUTE, 20 * MINUTE, 20 * MINUTE, 'urgent']);
    assert.deepEqual(elapsedAt(clock, 25 * MINUTE, berlin), { wallMs: 25 * MINUTE, businessMs: 0 });
  });

  it('does not warn again after a warning, or when already late', () => {
    const warned = startClock(spec({ businessHours: false }), 0, berlin, 10 * MINUTE);
    assert.equal(retarget({ ...warned, warnedAt: 50 * MINUTE }, { policyId: 'p', targetMs: 2 * HOUR, businessHours: false }, 55 * MINUTE, berlin, 10 * MINUTE).warnAt, null);
    assert.equal(retarget(warned, { policyId: 'p', targetMs: 10 * MINUTE, businessHours: false }, 20 * MINUTE, berlin, 10 * MINUTE).warnAt, null);
  });
});

describe('SLA policies', () => {
  it('fills defaults, tightens targets by priority and filters escalations by target', () => {
    const policy = parseSlaPolicyDefinition({
      targets: { firstResponseMinutes: 60, resolutionMinutes: 1440 }, byPriority: { urgent: { firstResponseMinutes: 15 } },
      onBreach: [{ type: 'notify_lead' }, { type: 'reassign', targets: ['first_response'] }],
    });
    assert.equal(targetMs(policy, 'first_response', 4), 15 * MINUTE);
    assert.equal(targetMs(policy, 'first_response', 1), HOUR);
    assert.equal(targetMs(policy, 'next_response', 4), null);
    assert.deepEqual(policy.pauseWhen, ['pending']);
    assert.deepEqual(escalationsFor(policy.onBreach, 'resolution').map((e) => e.type), ['notify_lead']);
    assert.equal(targetMs(parseSlaPolicyDefinition(SOCIAL_DEFAULT_POLICY.definition), 'first_response', 0), HOUR);
  });

  it('refuses a policy without any target', () => {
    assert.throws(() => parseSlaPolicyDefinition({ targets: {} }), /at least one target/);
  });
});
