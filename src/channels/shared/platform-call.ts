// One outbound HTTP call to a platform API, with a deadline, reduced to what the send logic needs:
// the response, or how the call failed. The distinction matters for "never send twice": when the
// connection broke or the deadline passed after the request was written, the platform may have
// acted on it (unknown); when it never connected, a retry is the right move (transient).

export interface PlatformResponse {
  kind: 'response';
  status: number;
  headers: Headers;
  /** Parsed JSON when the body is JSON, else the text. */
  body: unknown;
}

export interface PlatformFailure {
  kind: 'failure';
  outcome: 'transient' | 'unknown';
  detail: string;
}

export interface PlatformRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  json?: unknown;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

// Errors that mean nothing was sent: the connection was never made.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function failureOf(error: unknown): PlatformFailure {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  // A deadline that passes after the request went out says nothing about whether the platform
  // acted on it (a slow platform may still post the reply): for a send that is "unknown", which
  // the outbox reconciles before any retry. Reads treat both outcomes alike.
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return { kind: 'failure', outcome: 'unknown', detail: 'the platform did not answer in time' };
  }
  const code = err.cause?.code ?? '';
  if (NOT_SENT.has(code)) return { kind: 'failure', outcome: 'transient', detail: `could not connect (${code})` };
  return { kind: 'failure', outcome: 'unknown', detail: `connection lost during the call (${code || err.cause?.message || err.message || 'unknown error'})` };
}

export async function callPlatform(fetchImpl: typeof fetch, request: PlatformRequest): Promise<PlatformResponse | PlatformFailure> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(request.url, {
      method: request.method, headers,
      body: request.json === undefined ? undefined : JSON.stringify(request.json),
      signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    return failureOf(error);
  }
  let body: unknown = text;
  if (text.length > 0 && (response.headers.get('content-type') ?? '').includes('json')) {
    try { body = JSON.parse(text); } catch { body = text; }
  }
  return { kind: 'response', status: response.status, headers: response.headers, body };
}

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
}
