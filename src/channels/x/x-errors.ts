// What an X API answer means for a send or a poll. Rate limits: 429 with x-rate-limit-reset
// (epoch seconds), and the 24-hour user/app limits in x-user-limit-24hour-* / x-app-limit-24hour-*
// (wire formats §1f; docs.x.com/x-api/fundamentals/rate-limits). Error bodies come either as
// v1.1 `{errors:[{code,message}]}` or v2 problems `{title, detail, type}`: both are read.
import type { SendResult } from '../channel-adapter.ts';
import { asRecord, type PlatformResponse } from '../shared/platform-call.ts';

// X rate-limit windows are 15 minutes; without a reset header, wait one.
const FALLBACK_WAIT_MS = 15 * 60_000;

/** When the limit that was hit resets: the exhausted 24-hour limit's reset, else the window's. */
export function xRetryAt(headers: Headers, now: number): number {
  const seconds = (name: string) => {
    const value = Number(headers.get(name));
    return Number.isFinite(value) && value > 0 ? value * 1000 : null;
  };
  const exhausted = (prefix: string) => headers.get(`${prefix}-remaining`) === '0' ? seconds(`${prefix}-reset`) : null;
  const at = exhausted('x-user-limit-24hour') ?? exhausted('x-app-limit-24hour') ?? seconds('x-rate-limit-reset');
  return at !== null && at > now ? at : now + FALLBACK_WAIT_MS;
}

export function xErrorText(body: unknown): string {
  const record = asRecord(body);
  const first = Array.isArray(record.errors) ? asRecord(record.errors[0]) : {};
  return [record.title, record.detail, first.message].filter((part) => typeof part === 'string').join(': ');
}

export function classifyXError(response: PlatformResponse, kind: 'post' | 'dm', now: number): SendResult {
  const text = xErrorText(response.body);
  if (response.status === 429) return { outcome: 'rate_limited', retryAt: xRetryAt(response.headers, now), detail: `X rate limit: ${text || 'Too Many Requests'}` };
  if (response.status >= 500) return { outcome: 'transient', detail: `X had a temporary problem (HTTP ${response.status})` };
  if (response.status === 401) {
    return { outcome: 'permanent', code: 'token_invalid', reason: 'X no longer accepts the access token of this account (expired or revoked).', suggestion: 'Reconnect the X account in Settings → Channels.' };
  }
  if (/deleted|not found|does not exist/i.test(text) || response.status === 404) {
    return { outcome: 'permanent', code: 'target_deleted', reason: 'The post or person you are answering no longer exists on X.', suggestion: 'Nothing to reply to; close the conversation.' };
  }
  if (/duplicate/i.test(text)) {
    return { outcome: 'permanent', code: 'duplicate', reason: 'X refused the reply because the account already posted the same text.', suggestion: 'Change the wording of the reply.' };
  }
  if (response.status === 403) {
    return kind === 'dm'
      ? { outcome: 'permanent', code: 'recipient_unavailable', reason: 'This person does not accept direct messages from the account (their settings, or they blocked it).', suggestion: 'Reply publicly and ask them to follow the account or open their DMs.' }
      : { outcome: 'permanent', code: 'reply_not_allowed', reason: 'X does not let the account reply to this post (the author limited replies or blocked the account).', suggestion: 'Send a direct message instead, if they accept DMs.' };
  }
  return { outcome: 'permanent', code: `x_${response.status}`, reason: `X refused the reply: ${text || `HTTP ${response.status}`}`, suggestion: 'Check the reply text (280 characters at most) and the account connection.' };
}
