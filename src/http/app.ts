// The Fastify application: zod schemas on every route (they also produce the OpenAPI document),
// one error shape, request ids, and the logger of app/logger.ts (ids and outcomes, no bodies).
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { isId, newId } from '../core/ids.ts';
import type { Logger } from '../app/logger.ts';
import { registerErrorHandling } from './errors.ts';
import { requiresDeclaration, type RouteAccess } from './route-access.ts';

export type ApiApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface CatalogedRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
  websocket: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with its declared access (the access table test reads it). */
    routeCatalog: CatalogedRoute[];
  }
}

export interface HttpOptions {
  logger: Logger;
  maxBodyBytes: number;
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* headers. */
  trustProxy?: boolean;
  version: string;
}

export async function createHttpApp(options: HttpOptions): Promise<ApiApp> {
  const app = Fastify<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger>({
    bodyLimit: options.maxBodyBytes,
    trustProxy: options.trustProxy ?? false,
    // Accept a caller's request id only when it is one of ours in shape; never log arbitrary text.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && isId(given) ? given : newId();
    },
    loggerInstance: options.logger,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => { reply.header('x-request-id', request.id); });
  app.decorate('routeCatalog', [] as CatalogedRoute[]);
  app.addHook('onRoute', (route) => {
    if (requiresDeclaration(route.url) && !route.config?.access) {
      throw new Error(`route ${route.method} ${route.url} does not declare its access (config.access)`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.routeCatalog.push({ method, url: route.url, access: route.config?.access, websocket: route.websocket === true });
    }
  });
  registerErrorHandling(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Earshot API',
        version: options.version,
        description: 'Social customer service: conversations from every channel, triaged, routed and answered.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'earshot_session' },
          token: { type: 'http', scheme: 'bearer', description: 'An API token (es_...)' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  return app;
}
