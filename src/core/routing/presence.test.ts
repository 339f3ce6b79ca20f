import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computePresence, nextPresenceChange, DEFAULT_PRESENCE_TIMING as T } from './presence.ts';
import { CollisionBoard, TYPING_TTL_MS, VIEWING_TTL_MS } from './collision.ts';
import { MINUTE, SECOND } from '../clock.ts';

describe('presence', () => {
  const now = 100 * MINUTE;
  it('is online with recent activity, away when idle or by choice, offline with no live connection', () => {
    assert.equal(computePresence([{ seenAt: now, activeAt: now - MINUTE }], now, T, false), 'online');
    assert.equal(computePresence([{ seenAt: now, activeAt: now - 11 * MINUTE }], now, T, false), 'away');
    assert.equal(computePresence([{ seenAt: now, activeAt: now }], now, T, true), 'away');
    assert.equal(computePresence([], now, T, false), 'offline');
    assert.equal(computePresence([{ seenAt: now - 2 * MINUTE, activeAt: now }], now, T, false), 'offline', 'a dead process\'s connection');
    assert.equal(computePresence([{ seenAt: now, activeAt: now - 20 * MINUTE }, { seenAt: now, activeAt: now - 5 * SECOND }], now, T, false), 'online');
  });

  it('knows when it will change by itself', () => {
    assert.equal(nextPresenceChange([{ seenAt: now, activeAt: now - MINUTE }], now, T), now + T.staleMs);
    assert.equal(nextPresenceChange([{ seenAt: now - 89 * SECOND + 10 * MINUTE, activeAt: now - 9 * MINUTE }], now, T), now + MINUTE);
    assert.equal(nextPresenceChange([], now, T), null);
  });
});

describe('collision board', () => {
  it('shows who views and who types, per person across their tabs, and expires both', () => {
    const board = new CollisionBoard();
    assert.equal(board.view('c1', 'tab-1', 'ana', true, 0), true);
    assert.equal(board.view('c1', 'tab-2', 'ana', true, 0), false, 'a second tab of the same person changes nothing');
    assert.equal(board.type('c1', 'tab-3', 'ben', true, 1000), true);
    assert.deepEqual(board.snapshot('c1', 1000), { conversationId: 'c1', viewing: ['ana', 'ben'], typing: ['ben'] });
    assert.deepEqual(board.expire(1000 + TYPING_TTL_MS), ['c1']);
    assert.deepEqual(board.snapshot('c1', 1000 + TYPING_TTL_MS).typing, []);
    assert.deepEqual(board.drop('tab-1', 2000), [], 'ana still has another tab open');
    assert.deepEqual(board.drop('tab-2', 2000), ['c1']);
    assert.deepEqual(board.snapshot('c1', 2000).viewing, ['ben']);
    board.expire(1000 + VIEWING_TTL_MS);
    assert.equal(board.size, 0);
  });

  it('stops viewing on request', () => {
    const board = new CollisionBoard();
    board.view('c1', 't', 'ana', true, 0);
    assert.equal(board.view('c1', 't', 'ana', false, 1), true);
    assert.deepEqual(board.snapshot('c1', 1).viewing, []);
  });
});
