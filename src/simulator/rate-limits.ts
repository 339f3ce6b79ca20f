// Rate limits the simulated platforms enforce, when told to: at most `requests` calls per account
// (its access token) in any `windowMs`. A call over the limit gets the platform's own signal (X:
// 429 with x-rate-limit-* headers; Meta: error code 4 with the business-use-case usage header)
// and is counted as a violation, so a test or benchmark can prove a sender never crossed a limit.
import type { ApiAnswer, ApiRequest } from './platforms/sim-platform.ts';
import { graphError } from './platforms/meta-payloads.ts';
import type { Platform } from './scripted-responses.ts';

export interface LimitRule {
  requests: number;
  windowMs: number;
}

export interface LimitStats {
  accepted: number;
  violations: number;
  rules: Partial<Record<Platform, LimitRule>>;
}

function tokenOf(request: ApiRequest): string {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return bearer?.[1] ?? request.query.get('access_token') ?? 'anonymous';
}

export class SimRateLimits {
  private readonly rules = new Map<Platform, LimitRule>();
  private readonly calls = new Map<string, number[]>();
  private accepted = 0;
  private violations = 0;

  set(platform: Platform, rule: LimitRule | null): void {
    if (rule) this.rules.set(platform, rule);
    else this.rules.delete(platform);
  }

  stats(): LimitStats {
    return { accepted: this.accepted, violations: this.violations, rules: Object.fromEntries(this.rules) };
  }

  reset(): void {
    this.calls.clear();
    this.accepted = 0;
    this.violations = 0;
  }

  /** The limit answer for this call when it is one too many; null when it may proceed. */
  check(platform: Platform, request: ApiRequest, now: number): ApiAnswer | null {
    const rule = this.rules.get(platform);
    if (!rule) return null;
    const key = `${platform}\u0000${tokenOf(request)}`;
    const recent = (this.calls.get(key) ?? []).filter((at) => at > now - rule.windowMs);
    if (recent.length >= rule.requests) {
      this.violations++;
      this.calls.set(key, recent);
      return limitAnswer(platform, rule, recent[0]! + rule.windowMs);
    }
    recent.push(now);
    this.calls.set(key, recent);
    this.accepted++;
    return null;
  }
}

function limitAnswer(platform: Platform, rule: LimitRule, resetAt: number): ApiAnswer {
  if (platform === 'x') {
    return {
      status: 429,
      headers: { 'x-rate-limit-limit': String(rule.requests), 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil(resetAt / 1000)) },
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    };
  }
  const minutes = Math.max(1, Math.ceil((resetAt - Date.now()) / 60_000));
  return {
    status: 403,
    headers: { 'x-business-use-case-usage': JSON.stringify({ sim: [{ type: 'pages', call_count: 100, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: minutes }] }) },
    body: graphError(4, 'Application request limit reached', { is_transient: true }),
  };
}
