// Domain errors carry a stable code; the HTTP edge maps each code to a status and one JSON error
// shape. Services never throw HTTP exceptions, and unknown errors never reach users verbatim.

export const ERROR_CODES = {
  validation_failed: 400,
  invalid_signature: 401,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** The single answer for "does not exist" and "exists but you may not see it", so ids cannot be probed. */
export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} not found`);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
