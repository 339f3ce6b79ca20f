// Secrets at rest (channel credentials, webhook secrets) are sealed with AES-256-GCM. Each
// sealed value names the key that sealed it, so a key ring can hold the new key and the previous
// one while `earshot secrets rotate-key` re-seals everything.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

export class KeyRing {
  private readonly keys = new Map<string, Buffer>();
  readonly currentId: string;

  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== 32) throw new SecretKeyError('secret keys must be 32 bytes');
      this.keys.set(keyId(key), key);
    }
    this.currentId = keyId(current);
  }

  /** Seals a value under the current key: `v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64). */
  seal(plaintext: string, associatedData = ''): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId)!, iv);
    cipher.setAAD(Buffer.from(associatedData));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.currentId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
  }

  /**
   * Opens a sealed value. `associatedData` must match what it was sealed with (the channel
   * account id), so a sealed value copied onto another row does not open.
   */
  open(sealed: string, associatedData = ''): string {
    const [version, id, iv, tag, ciphertext] = sealed.split(':');
    if (version !== VERSION || !id || !iv || !tag || ciphertext === undefined) throw new SecretKeyError('not a sealed secret');
    const key = this.keys.get(id);
    if (!key) throw new SecretKeyError(`sealed with key ${id}, which this key ring does not hold`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(associatedData));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretKeyError('sealed secret failed authentication (wrong key, wrong row or tampered)');
    }
  }

  /** Whether a sealed value is under the current key (rotation skips those). */
  isCurrent(sealed: string): boolean {
    return sealed.split(':')[1] === this.currentId;
  }
}

export function sealJson(ring: KeyRing, value: unknown, associatedData: string): string {
  return ring.seal(JSON.stringify(value), associatedData);
}

export function openJson<T>(ring: KeyRing, sealed: string, associatedData: string): T {
  return JSON.parse(ring.open(sealed, associatedData)) as T;
}

export function generateKey(): Buffer {
  return randomBytes(32);
}
