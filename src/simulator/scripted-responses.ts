// Answers the simulator gives on demand instead of the normal one: a rate limit, a server error,
// a dropped connection (the request reached the platform but the answer never came back), each
// for the next N matching calls. Presets carry the platform's real signals (wire formats §12c).
import type { ApiAnswer } from './platforms/sim-platform.ts';
import { graphError } from './platforms/meta-payloads.ts';

export type Platform = 'x' | 'meta';

export interface ScriptedResponse {
  platform?: Platform;
  method?: string;
  /** Regular expression over the path below the platform prefix, e.g. "^/2/tweets$". */
  path?: string;
  times?: number;
  /** Close the connection without answering (after the platform has acted on the request). */
  drop?: boolean;
  /** Hold the answer this long (a slow platform; past the caller's deadline it is a timeout). */
  delayMs?: number;
  answer?: ApiAnswer;
}

export type Preset = 'rate_limited' | 'server_error' | 'drop' | 'whatsapp_throughput' | 'page_limit';

export function preset(name: Preset, platform: Platform, now: number): ScriptedResponse {
  const reset = Math.ceil(now / 1000) + 60;
  switch (name) {
    case 'rate_limited':
      return platform === 'x'
        ? { platform, answer: { status: 429, headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) }, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 } } }
        : { platform, answer: { status: 403, headers: { 'x-app-usage': '{"call_count":100,"total_time":40,"total_cputime":35}' }, body: graphError(4, 'Application request limit reached', { is_transient: true }) } };
    case 'page_limit':
      return { platform, answer: { status: 400, headers: { 'x-business-use-case-usage': JSON.stringify({ page: [{ type: 'pages', call_count: 100, total_cputime: 30, total_time: 30, estimated_time_to_regain_access: 1 }] }) }, body: graphError(80001, 'There have been too many calls to this Page account.') } };
    case 'whatsapp_throughput':
      return { platform, answer: { status: 400, body: graphError(130429, 'Rate limit hit', { error_data: { messaging_product: 'whatsapp', details: 'Cloud API message throughput has been reached.' } }) } };
    case 'server_error':
      return { platform, answer: platform === 'x' ? { status: 503, body: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 } } : { status: 500, body: graphError(2, 'An unexpected error has occurred. Please retry your request later.', { is_transient: true }) } };
    case 'drop':
      return { platform, drop: true };
  }
}

export class ScriptedResponses {
  private readonly rules: Array<ScriptedResponse & { left: number }> = [];

  add(rule: ScriptedResponse): void {
    this.rules.push({ ...rule, left: rule.times ?? 1 });
  }

  /** The scripted response for this call, if one matches (and counts it). */
  take(platform: Platform, method: string, path: string): ScriptedResponse | undefined {
    const index = this.rules.findIndex((r) => (!r.platform || r.platform === platform) && (!r.method || r.method === method) && (!r.path || new RegExp(r.path).test(path)));
    if (index < 0) return undefined;
    const rule = this.rules[index]!;
    rule.left -= 1;
    if (rule.left <= 0) this.rules.splice(index, 1);
    return rule;
  }

  clear(): void {
    this.rules.length = 0;
  }
}
