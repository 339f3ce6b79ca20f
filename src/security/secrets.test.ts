import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKey, KeyRing, SecretKeyError } from './secrets.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('KeyRing', () => {
  it('seals with AES-256-GCM, fresh IV each time, and opens only with the same row binding', () => {
    const ring = new KeyRing(generateKey());
    const a = ring.seal('{"appSecret":"s"}', 'account-1');
    const b = ring.seal('{"appSecret":"s"}', 'account-1');
    assert.notEqual(a, b);
    assert.equal(ring.open(a, 'account-1'), '{"appSecret":"s"}');
    assert.throws(() => ring.open(a, 'account-2'), SecretKeyError, 'copied to another row, it does not open');
  });

  it('detects tampering and unknown keys', () => {
    const ring = new KeyRing(generateKey());
    const sealed = ring.seal('secret', 'x').split(':');
    const flipped = Buffer.from(sealed[4]!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    sealed[4] = flipped.toString('base64');
    assert.throws(() => ring.open(sealed.join(':'), 'x'), /failed authentication/);
    assert.throws(() => new KeyRing(generateKey()).open(ring.seal('s', 'x'), 'x'), /does not hold/);
  });

  it('opens values sealed under a previous key during rotation, and reseals under the new one', () => {
    const oldKey = generateKey();
    const sealed = new KeyRing(oldKey).seal('secret', 'x');
    const rotating = new KeyRing(generateKey(), [oldKey]);
    assert.equal(rotating.isCurrent(sealed), false);
    const resealed = rotating.seal(rotating.open(sealed, 'x'), 'x');
    assert.equal(rotating.isCurrent(resealed), true);
    assert.throws(() => new KeyRing(oldKey).open(resealed, 'x'));
  });
});

describe('passwords', () => {
  it('verifies with the parameters stored in the hash and rejects the wrong password', async () => {
    const hash = await hashPassword('correct horse battery', { N: 1024, r: 8, p: 1 });
    assert.match(hash, /^scrypt\$1024\$8\$1\$/);
    assert.equal(await verifyPassword('correct horse battery', hash), true);
    assert.equal(await verifyPassword('correct horse batterY', hash), false);
    assert.equal(await verifyPassword('x', 'not-a-hash'), false);
  });
});
