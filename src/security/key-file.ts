// Where the secret key comes from: EARSHOT_SECRET_KEY when set; otherwise a key file in the data
// directory, created (mode 0600) on first start so the embedded default needs no setup. A
// previous key file, left by an interrupted rotation, stays readable until rotation finishes.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config.ts';
import { generateKey, KeyRing, SecretKeyError } from './secrets.ts';

export const KEY_FILE = 'secret.key';
export const PREVIOUS_KEY_FILE = 'secret.key.previous';

function readKey(path: string): Buffer {
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new SecretKeyError(`${path} does not hold a 32-byte base64 key`);
  return key;
}

export function loadKeyRing(config: Config): KeyRing {
  const previousPath = join(config.dataDir, PREVIOUS_KEY_FILE);
  const previous = existsSync(previousPath) ? [readKey(previousPath)] : [];
  if (config.secretKey) return new KeyRing(config.secretKey, [...config.previousSecretKeys, ...previous]);
  const path = join(config.dataDir, KEY_FILE);
  if (!existsSync(path)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(path, `${generateKey().toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  }
  return new KeyRing(readKey(path), [...config.previousSecretKeys, ...previous]);
}

/** Whether the key lives in the data directory (so rotation can replace it there). */
export function usesKeyFile(config: Config): boolean {
  return config.secretKey === undefined;
}

/** Step 1 of a file-based rotation: keep the old key readable, install the new one. */
export function installNewKeyFile(config: Config, newKey: Buffer): void {
  const path = join(config.dataDir, KEY_FILE);
  renameSync(path, join(config.dataDir, PREVIOUS_KEY_FILE));
  writeFileSync(path, `${newKey.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
}

/** Step 2, after everything is re-sealed: forget the old key. */
export function removePreviousKeyFile(config: Config): void {
  rmSync(join(config.dataDir, PREVIOUS_KEY_FILE), { force: true });
}
