// The typed API client: openapi-fetch over the types generated from the server's OpenAPI document
// (schema.d.ts, `npm run generate:api`). The session cookie rides along by itself; state-changing
// requests add the session's CSRF token. Failures become ApiError with the server's error code.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const csrf: Middleware = {
  onRequest({ request }) {
    if (!SAFE.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(csrf);

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

interface ErrorBody { error?: { code?: string; message?: string; details?: Record<string, unknown> } }

function toError(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | undefined)?.error;
  return new ApiError(status, error?.code ?? 'http_error', error?.message ?? `The server answered ${status}`, error?.details);
}

/** Unwraps an openapi-fetch answer: its data, or an ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toError(response.status, error);
  return data as T;
}

/**
 * A request by hand, its answer typed by the caller. Prefer `api`, which checks paths, parameters
 * and bodies against schema.d.ts; the one user left is the analytics drill-down, which passes the
 * address's parameters through as they are.
 */
export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(url, { method, headers, credentials: 'same-origin', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw toError(response.status, parsed);
  return parsed as T;
}
