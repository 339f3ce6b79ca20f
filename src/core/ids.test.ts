import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isId, newId } from './ids.ts';

describe('newId', () => {
  it('makes version-7 UUIDs that sort in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId(1_700_000_000_000));
    assert.ok(ids.every(isId));
    assert.ok(ids.every((id) => id[14] === '7'));
    assert.deepEqual([...ids].sort(), ids);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('encodes the timestamp in the first 48 bits', () => {
    const id = newId(Date.UTC(2030, 0, 1));
    assert.equal(parseInt(id.replace(/-/g, '').slice(0, 12), 16), Date.UTC(2030, 0, 1));
  });
});
