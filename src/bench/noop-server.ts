// The benchmark's baseline: a Fastify POST handler that reads the body and answers 200, doing
// nothing else. Run as its own process by `earshot bench ingest`; prints its port.
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
app.post('/*', async (_request, reply) => reply.code(200).type('text/plain').send('EVENT_RECEIVED'));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ type: 'listening', url: address });
process.on('disconnect', () => void app.close().then(() => process.exit(0)));
