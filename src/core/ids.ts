// Identifiers are UUIDv7 strings: unique across processes without coordination (PostgreSQL with
// many workers), sortable by creation time (good index locality), and unguessable enough that an
// id alone grants nothing (access is still checked on every read).

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Random bytes are drawn in blocks: one call to the system's generator per 256 ids, since ids
// are made on every hot path (each inbound event, message and job).
const POOL = new Uint8Array(256 * 10);
let poolOffset = POOL.length;
let lastMs = 0;
let sequence = 0;

function randomBytes10(): number {
  if (poolOffset >= POOL.length) {
    globalThis.crypto.getRandomValues(POOL);
    poolOffset = 0;
  }
  const offset = poolOffset;
  poolOffset += 10;
  return offset;
}

/** A new UUIDv7 (RFC 9562): 48-bit millisecond timestamp, 12-bit counter, 62 random bits. */
export function newId(nowMs: number = Date.now()): string {
  // A per-millisecond counter keeps ids created in the same millisecond in creation order.
  if (nowMs <= lastMs) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMs += 1;
    nowMs = lastMs;
  } else {
    lastMs = nowMs;
    sequence = (POOL[randomBytes10()]! & 0x3) << 8;
  }
  const high = Math.floor(nowMs / 0x1000000);
  const low = nowMs % 0x1000000;
  const r = randomBytes10();
  const time = high.toString(16).padStart(6, '0') + low.toString(16).padStart(6, '0');
  const seq = (0x7000 | sequence).toString(16);
  const variant = HEX[0x80 | (POOL[r]! & 0x3f)]! + HEX[POOL[r + 1]!]!;
  let node = '';
  for (let i = r + 2; i < r + 8; i++) node += HEX[POOL[i]!]!;
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${seq}-${variant}-${node}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isId(value: string): boolean {
  return UUID.test(value);
}
