import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../core/errors.ts';
import { compareSortKeys, decodeCursor, encodeCursor, SORT_NEVER, sortKeyOf } from './inbox-order.ts';
import { SORT_NEVER as MIGRATION_SORT_NEVER } from '../storage/migrations/0020-inbox.ts';
import { resolveInboxQuery, inboxQueryParams } from './inbox-query.ts';
import { avatarUrlOf, slaState, snippetOf } from './inbox-row.ts';
import { planInbox } from '../storage/repositories/inbox.repository.ts';

describe('inbox order', () => {
  it('puts higher priority first, then the nearest deadline, then the longest wait, then id', () => {
    const rows = [
      { id: 'e', priority: 10, slaDueAt: null, waitingSince: 5 },
      { id: 'd', priority: 50, slaDueAt: null, waitingSince: null },
      { id: 'c', priority: 50, slaDueAt: null, waitingSince: 100 },
      { id: 'b', priority: 50, slaDueAt: 2000, waitingSince: 900 },
      { id: 'a', priority: 50, slaDueAt: 1000, waitingSince: 999 },
      { id: 'z', priority: 90, slaDueAt: null, waitingSince: null },
    ];
    const sorted = [...rows].sort((x, y) => compareSortKeys(sortKeyOf(x), sortKeyOf(y)));
    assert.deepEqual(sorted.map((r) => r.id), ['z', 'a', 'b', 'c', 'd', 'e']);
  });

  it('uses the same "never" as the migration\'s generated columns', () => {
    assert.equal(SORT_NEVER, MIGRATION_SORT_NEVER);
  });

  it('round-trips any sort key through an opaque cursor', () => {
    fc.assert(fc.property(fc.integer({ min: -100, max: 0 }), fc.integer({ min: 0, max: SORT_NEVER }), fc.integer({ min: 0, max: SORT_NEVER }),
      fc.string({ minLength: 1, maxLength: 64 }), (priority, due, wait, id) => {
        assert.deepEqual(decodeCursor(encodeCursor({ priority, due, wait, id })), { priority, due, wait, id });
      }));
  });

  it('refuses cursors it did not make with a validation error', () => {
    for (const bad of ['', 'abc', Buffer.from('{}').toString('base64url'), Buffer.from('[1,2,3]').toString('base64url'),
      Buffer.from('[1.5,2,3,"x"]').toString('base64url'), Buffer.from(`[1,2,3,"${'x'.repeat(65)}"]`).toString('base64url'),
      Buffer.from('[1,2,1e300,"x"]').toString('base64url')]) {
      assert.throws(() => decodeCursor(bad), (e: unknown) => e instanceof DomainError && e.code === 'validation_failed', bad);
    }
  });
});

describe('inbox query', () => {
  it('applies defaults and lets request parameters override a saved filter', () => {
    const params = inboxQueryParams.parse({ priority: '1', limit: '10' });
    assert.deepEqual(resolveInboxQuery(params, { view: 'unassigned', priority: 4, network: 'x' }),
      { view: 'unassigned', status: 'open', priority: 1, network: 'x', limit: 10 });
    assert.deepEqual(resolveInboxQuery(inboxQueryParams.parse({})), { view: 'all', status: 'open', limit: 50 });
  });

  it('plans which index walks a view, never wider than the scope', () => {
    const agent = { scope: { kind: 'teams' as const, workspaceId: 'w', teamIds: ['care', 'care2'] }, userId: 'u', teamIds: ['care', 'care2'] };
    const lead = { scope: { kind: 'workspace' as const, workspaceId: 'w' }, userId: 'l', teamIds: ['care'] };
    assert.deepEqual(planInbox(agent, { view: 'all' }), { driver: 'teams', teamIds: ['care', 'care2'] });
    assert.deepEqual(planInbox(agent, { view: 'mine' }), { driver: 'assignee', assigneeId: 'u', teamIds: ['care', 'care2'] });
    assert.deepEqual(planInbox(agent, { view: 'all', teamId: 'vendor' }), { driver: 'none' });
    assert.deepEqual(planInbox(lead, { view: 'all' }), { driver: 'workspace' });
    assert.deepEqual(planInbox(lead, { view: 'my_teams' }), { driver: 'teams', teamIds: ['care'] });
    assert.deepEqual(planInbox(lead, { view: 'all', assigneeId: 'x' }), { driver: 'assignee', assigneeId: 'x', teamIds: null });
    assert.deepEqual(planInbox({ ...agent, scope: { ...agent.scope, teamIds: [] }, teamIds: [] }, { view: 'all' }), { driver: 'none' });
  });
});

describe('inbox row', () => {
  it('tells the SLA state at this moment', () => {
    assert.equal(slaState({ dueAt: null, warnAt: null, status: null }, 100), 'none');
    assert.equal(slaState({ dueAt: null, warnAt: null, status: 'paused' }, 100), 'paused');
    assert.equal(slaState({ dueAt: 200, warnAt: 150, status: 'running' }, 100), 'ok');
    assert.equal(slaState({ dueAt: 200, warnAt: 150, status: 'running' }, 150), 'at_risk');
    assert.equal(slaState({ dueAt: 200, warnAt: 150, status: 'running' }, 200), 'breached');
  });

  it('makes a one-line snippet without cutting a character in half', () => {
    assert.equal(snippetOf('  hello\n\n  world  '), 'hello world');
    assert.equal(snippetOf(null), '');
    const emoji = '😡'.repeat(200);
    const cut = snippetOf(emoji);
    assert.equal([...cut].length, 140);
    assert.ok(cut.endsWith('…'));
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(cut.slice(0, -1)), 'no lone surrogate');
  });

  it('takes only https avatars', () => {
    assert.equal(avatarUrlOf('{"avatarUrl":"https://pbs.example/a.jpg"}'), 'https://pbs.example/a.jpg');
    assert.equal(avatarUrlOf('{"avatarUrl":"javascript:alert(1)"}'), null);
    assert.equal(avatarUrlOf('not json'), null);
  });
});
