// One JSON error shape for every failure, with a stable code and the request id. Domain errors
// map to their status; validation errors list the fields; anything unknown becomes a 500 whose
// message says nothing about internals (the log has the details, keyed by the request id).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, ERROR_CODES, type ErrorCode } from '../core/errors.ts';

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe('Stable machine-readable code, e.g. not_found, validation_failed'),
    message: z.string().describe('What went wrong, for people'),
    requestId: z.string().describe('Quote this when reporting a problem'),
    details: z.record(z.string(), z.unknown()).optional().describe('Structured context, e.g. the invalid fields'),
  }),
}).describe('Error');

export type ErrorBody = z.infer<typeof errorResponseSchema>;

export function errorBody(code: ErrorCode | string, message: string, requestId: string, details?: Record<string, unknown>): ErrorBody {
  return { error: { code, message, requestId, ...(details ? { details } : {}) } };
}

function sendError(reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own client errors (bad JSON, too large, wrong content type) keep their 4xx status. */
function frameworkCode(error: FastifyError): ErrorCode {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': return 'unsupported_media_type';
    default: return 'validation_failed';
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const id = String(request.id);
    if (error instanceof DomainError) {
      if (error.code === 'internal') request.log.error({ err: error }, 'internal domain error');
      return sendError(reply, ERROR_CODES[error.code], errorBody(error.code, error.message, id, error.details as Record<string, unknown> | undefined));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        path: `${error.validationContext ?? 'request'}${issue.instancePath.replaceAll('/', '.')}`,
        message: issue.message,
      }));
      return sendError(reply, 400, errorBody('validation_failed', 'The request is not valid', id, { fields }));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error.cause }, 'response did not match its schema');
      return sendError(reply, 500, errorBody('internal', 'Something went wrong on our side', id));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : frameworkCode(error);
      return sendError(reply, status, errorBody(code, error.message, id));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 500, errorBody('internal', 'Something went wrong on our side', id));
  });

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`, String(request.id))));
}
