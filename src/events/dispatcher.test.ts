import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../core/clock.ts';
import type { AnyDomainEvent } from '../core/events.ts';
import { dialectsUnderTest, openTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { EventDispatcher } from './dispatcher.ts';
import { emit } from './emit.ts';

for (const { dialect, skip } of await dialectsUnderTest()) {
  describe(`event dispatcher on ${dialect}`, { skip }, () => {
    let t: TestDatabase;
    before(async () => { t = await openTestDatabase(dialect); });
    after(async () => { await t?.dispose(); });

    it('delivers committed events in order, once, and never rolled-back ones', async () => {
      await emit(t.storage.db, systemClock, { type: 'workspace.created', workspaceId: 'w', payload: { name: 'before start' } });
      const dispatcher = new EventDispatcher(t.storage, { pollMs: 50 });
      const received: AnyDomainEvent[] = [];
      dispatcher.subscribe((events) => { received.push(...events); });
      await dispatcher.start();
      await t.storage.transaction((tx) => emit(tx, systemClock,
        { type: 'workspace.created', workspaceId: 'w', payload: { name: 'one' } },
        { type: 'workspace.created', workspaceId: 'w', payload: { name: 'two' } }));
      await assert.rejects(t.storage.transaction(async (tx) => {
        await emit(tx, systemClock, { type: 'workspace.created', workspaceId: 'w', payload: { name: 'never' } });
        throw new Error('rollback');
      }));
      await t.storage.transaction((tx) => emit(tx, systemClock, { type: 'workspace.created', workspaceId: 'w', payload: { name: 'three' } }));
      for (let i = 0; i < 40 && received.length < 3; i++) await new Promise((r) => setTimeout(r, 25));
      await dispatcher.stop();
      assert.deepEqual(received.map((e) => e.payload), [{ name: 'one' }, { name: 'two' }, { name: 'three' }]);
    });

    it('keeps delivering to other subscribers when one throws', async () => {
      const errors: unknown[] = [];
      const dispatcher = new EventDispatcher(t.storage, { pollMs: 50, onError: (e) => errors.push(e) });
      let delivered = 0;
      dispatcher.subscribe(() => { throw new Error('broken subscriber'); });
      dispatcher.subscribe((events) => { delivered += events.length; });
      await dispatcher.start();
      await t.storage.transaction((tx) => emit(tx, systemClock, { type: 'workspace.created', workspaceId: 'w', payload: { name: 'x' } }));
      for (let i = 0; i < 40 && delivered < 1; i++) await new Promise((r) => setTimeout(r, 25));
      await dispatcher.stop();
      assert.equal(delivered, 1);
      assert.equal(errors.length, 1);
    });
  });
}

describe('event dispatcher with concurrent writers on postgres', { skip: (await dialectsUnderTest())[1]!.skip }, () => {
  it('delivers an event whose transaction took its sequence number first but committed last', async () => {
    const t = await openTestDatabase('postgres');
    try {
      const dispatcher = new EventDispatcher(t.storage, { pollMs: 20 });
      const received: string[] = [];
      dispatcher.subscribe((events) => { received.push(...events.map((e) => (e.payload as { name: string }).name)); });
      await dispatcher.start();
      let release!: () => void;
      const held = new Promise<void>((resolve) => { release = resolve; });
      // The slow transaction inserts first (lower seq) and commits after the fast one.
      const slow = t.storage.transaction(async (tx) => {
        await emit(tx, systemClock, { type: 'workspace.created', workspaceId: 'w', payload: { name: 'slow' } });
        await held;
      });
      await new Promise((r) => setTimeout(r, 50));
      await t.storage.transaction((tx) => emit(tx, systemClock, { type: 'workspace.created', workspaceId: 'w', payload: { name: 'fast' } }));
      await new Promise((r) => setTimeout(r, 150));
      release();
      await slow;
      for (let i = 0; i < 40 && received.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
      await dispatcher.stop();
      assert.deepEqual(received.sort(), ['fast', 'slow']);
    } finally {
      await t.dispose();
    }
  });
});
