// What a Graph API answer means for a send. Meta reports throttling as 400, 403 or 429 depending
// on the product, so the error code decides, not the status (wire formats §2c, §12c):
// developers.facebook.com/docs/graph-api/overview/rate-limiting and the WhatsApp error-code list.
import type { SendResult } from '../channel-adapter.ts';
import { asRecord, type PlatformResponse } from '../shared/platform-call.ts';

/** App, user, page, custom, business-use-case and WhatsApp throughput limits. */
const THROTTLING_CODES = new Set([4, 17, 32, 613, 80001, 80002, 80003, 80004, 80005, 80006, 80007, 80008, 80009, 80014, 130429, 131048, 131056]);

// How long to wait when Meta gives no hint: app limits recover over the hour's sliding window,
// the WhatsApp pair rate allows about one message in 6 seconds to the same person.
const DEFAULT_WAIT_MS: Record<number, number> = { 131056: 6_000, 130429: 1_000 };
const FALLBACK_WAIT_MS = 60_000;

interface PermanentRule { code: string; reason: string; suggestion: string }

function permanentRule(code: number, subcode: number | undefined): PermanentRule | null {
  if (code === 10 && subcode === 2018278) {
    return { code: 'window_closed', reason: 'More than 24 hours have passed since this person last wrote, so Messenger no longer accepts a normal reply.', suggestion: 'Reply with the human-agent tag (within 7 days), or wait for the customer to write again.' };
  }
  if (code === 131047) {
    return { code: 'window_closed', reason: 'More than 24 hours have passed since the customer last wrote on WhatsApp, so only approved templates can be sent.', suggestion: 'Send an approved template message to reopen the conversation.' };
  }
  if (code === 551 || code === 131026 || (code === 10 && subcode === 1545041)) {
    return { code: 'recipient_unavailable', reason: 'This person cannot receive messages from you right now (they blocked the page, left, or cannot be reached).', suggestion: 'Answer publicly if the conversation started in public, or close the conversation.' };
  }
  if (code === 100 && (subcode === 33 || subcode === 2534014)) {
    return { code: 'target_deleted', reason: 'The post, comment or message you are answering no longer exists (it was deleted or hidden).', suggestion: 'Nothing to reply to; close the conversation or contact the customer another way.' };
  }
  if (code === 10903 || (code === 10 && subcode === 2018108)) {
    return { code: 'private_reply_used', reason: 'Meta allows one private reply per comment, within 7 days of the comment, and it was used or the time has passed.', suggestion: 'Reply publicly, or wait for the customer to message the page.' };
  }
  if (code === 190) {
    return { code: 'token_invalid', reason: 'Meta no longer accepts the access token of this account (expired, revoked or password changed).', suggestion: 'Reconnect the account in Settings → Channels.' };
  }
  if (code === 200 || code === 10 || code === 3) {
    return { code: 'permission_missing', reason: 'The connected app lacks the permission this reply needs.', suggestion: 'Reconnect the account and grant the messaging and comment permissions.' };
  }
  if (code === 131051 || code === 131009 || code === 100) {
    return { code: 'rejected', reason: 'Meta refused the message as invalid.', suggestion: 'Shorten or simplify the reply and try again; tell an admin if it keeps happening.' };
  }
  return null;
}

/** Seconds until access returns, from X-Business-Use-Case-Usage (estimated_time_to_regain_access, minutes). */
function regainAccessMs(headers: Headers): number | null {
  const raw = headers.get('x-business-use-case-usage');
  if (!raw) return null;
  try {
    let minutes = 0;
    for (const entries of Object.values(asRecord(JSON.parse(raw)))) {
      for (const entry of Array.isArray(entries) ? entries : []) {
        minutes = Math.max(minutes, Number(asRecord(entry).estimated_time_to_regain_access ?? 0));
      }
    }
    return minutes > 0 ? minutes * 60_000 : null;
  } catch {
    return null;
  }
}

export function classifyGraphError(response: PlatformResponse, now: number): SendResult {
  const error = asRecord(asRecord(response.body).error);
  const code = Number(error.code ?? 0);
  const subcode = error.error_subcode === undefined ? undefined : Number(error.error_subcode);
  const message = typeof error.message === 'string' ? error.message : `HTTP ${response.status}`;
  if (THROTTLING_CODES.has(code) || response.status === 429) {
    const waitMs = regainAccessMs(response.headers) ?? DEFAULT_WAIT_MS[code] ?? FALLBACK_WAIT_MS;
    return { outcome: 'rate_limited', retryAt: now + waitMs, detail: `Meta throttled the call (code ${code}): ${message}` };
  }
  if (response.status >= 500 || error.is_transient === true || code === 1 || code === 2) {
    return { outcome: 'transient', detail: `Meta had a temporary problem (HTTP ${response.status}, code ${code})` };
  }
  const rule = permanentRule(code, subcode);
  if (rule) return { outcome: 'permanent', ...rule };
  return { outcome: 'permanent', code: `meta_${code || response.status}`, reason: `Meta refused the reply: ${message}`, suggestion: 'Check the reply and the account connection; an admin can see details in the channel health page.' };
}
