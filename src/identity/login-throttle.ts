// Brute-force protection: failures are counted per e-mail address and per client address in a
// sliding window. Too many for one address locks it for a while (the answer is the same whether
// the address exists or not); too many from one client slows that client down.
import type { Executor } from '../storage/storage.ts';
import { clearThrottle, readThrottle, writeThrottle } from '../storage/repositories/identity.repository.ts';
import { MINUTE } from '../core/clock.ts';

export const THROTTLE = {
  windowMs: 15 * MINUTE,
  maxFailuresPerEmail: 5,
  lockMs: 15 * MINUTE,
  maxFailuresPerIp: 50,
} as const;

const emailKey = (email: string) => `email:${email}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** When the e-mail or client is locked out, the time it opens again; otherwise null. */
export async function lockedUntil(db: Executor, email: string, ip: string, now: number): Promise<number | null> {
  const rows = await Promise.all([readThrottle(db, emailKey(email)), readThrottle(db, ipKey(ip))]);
  const until = rows.map((row) => row?.locked_until ?? 0).filter((t) => t > now);
  return until.length > 0 ? Math.max(...until) : null;
}

async function countFailure(db: Executor, key: string, max: number, now: number): Promise<boolean> {
  const row = await readThrottle(db, key);
  const fresh = !row || now - row.window_started_at > THROTTLE.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const locked = failures >= max;
  await writeThrottle(db, {
    key, failures: locked ? 0 : failures, window_started_at: fresh ? now : row.window_started_at,
    locked_until: locked ? now + THROTTLE.lockMs : (row?.locked_until ?? null),
  });
  return locked;
}

/** Counts a failed attempt; true when this failure locked the e-mail address. */
export async function recordFailure(db: Executor, email: string, ip: string, now: number): Promise<boolean> {
  const [emailLocked] = await Promise.all([
    countFailure(db, emailKey(email), THROTTLE.maxFailuresPerEmail, now),
    countFailure(db, ipKey(ip), THROTTLE.maxFailuresPerIp, now),
  ]);
  return emailLocked;
}

export async function recordSuccess(db: Executor, email: string): Promise<void> {
  await clearThrottle(db, emailKey(email));
}
