// HMAC signatures as the platforms compute them, and a constant-time comparison. Every check is
// over the exact bytes on the wire (wire formats §0: capture the raw body before any parser).
import { createHmac, timingSafeEqual } from 'node:crypto';

export function hmacSha256(key: string, message: string | Buffer, encoding: 'hex' | 'base64'): string {
  return createHmac('sha256', key).update(message).digest(encoding);
}

/**
 * Compares a signature the caller sent with the one we expect, in time that does not depend on
 * where they differ (crypto.timingSafeEqual on equal-length buffers). A length mismatch is
 * answered at once: the length of our own signature is no secret.
 */
export function signaturesMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A header's value as one string (Node gives arrays for repeated headers). */
export function headerValue(headers: Readonly<Record<string, string | string[] | undefined>>, name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
