// Structured logs (pino). Logs carry ids, counts and outcomes; never message bodies, raw webhook
// payloads, query strings (Meta's verify token travels in one) or credentials.
import { pino, type Logger } from 'pino';

const REDACT = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-hub-signature-256"]',
  'req.headers["x-twitter-webhooks-signature"]', 'req.headers["x-twilio-signature"]', 'req.headers["x-csrf-token"]',
  '*.password', '*.token', '*.secret', '*.credentials', '*.body',
];

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: {
      req: (request: { id?: unknown; method?: string; url?: string }) =>
        ({ id: request.id, method: request.method, path: String(request.url ?? '').split('?')[0] }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      err: pino.stdSerializers.err,
    },
  });
}

export type { Logger };
