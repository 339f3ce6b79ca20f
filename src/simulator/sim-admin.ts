// The simulator's admin endpoints, for tests, the demo and people poking at it with curl:
//   POST /_admin/accounts        connect an account (and subscribe its webhook)
//   POST /_admin/inject          publish one customer activity
//   POST /_admin/next-response   script the next answers (a preset or a literal answer)
//   GET  /_admin/calls           the API calls received (?platform=x|meta)
//   GET  /_admin/deliveries      webhook delivery records and totals
//   POST /_admin/traffic         play generated traffic {seed, perSecond, count?}; DELETE stops it
//   POST /_admin/reset           forget calls and scripted answers
//   PUT  /_admin/limits          enforce a rate limit {platform, requests, windowMs} (or null to stop)
//   GET  /_admin/limits          the limits in force, calls accepted, and violations counted
import { z } from 'zod';
import type { ApiAnswer } from './platforms/sim-platform.ts';
import { preset, type Preset } from './scripted-responses.ts';
import type { NetworkSimulator } from './simulator.ts';
import type { SimActivity } from './traffic/traffic-generator.ts';

const network = z.enum(['x', 'facebook', 'instagram', 'whatsapp']);
const accountSchema = z.object({
  network, externalId: z.string().min(1), name: z.string().optional(), accessToken: z.string().min(1),
  webhook: z.object({ url: z.url(), secret: z.string().min(1), verifyToken: z.string().optional() }).optional(),
});
const injectSchema = z.object({
  network, kind: z.enum(['mention', 'comment', 'post', 'reply', 'dm']).default('mention'), text: z.string().min(1),
  replyTo: z.string().optional(), variant: z.enum(['image', 'button']).optional(),
  author: z.object({
    name: z.string().default('Jane Doe'), handle: z.string().default('janedoe'), followers: z.number().int().min(0).default(120),
    verified: z.boolean().default(false), language: z.enum(['en', 'es', 'fr', 'de', 'nl', 'pt', 'it']).default('en'),
    id: z.string().default('6253282'),
  }).default({ name: 'Jane Doe', handle: 'janedoe', followers: 120, verified: false, language: 'en', id: '6253282' }),
});
const scriptSchema = z.object({
  platform: z.enum(['x', 'meta']), preset: z.enum(['rate_limited', 'server_error', 'drop', 'whatsapp_throughput', 'page_limit']).optional(),
  method: z.string().optional(), path: z.string().optional(), times: z.number().int().min(1).default(1), delayMs: z.number().int().min(0).optional(),
  answer: z.object({ status: z.number().int(), headers: z.record(z.string(), z.string()).optional(), body: z.unknown() }).optional(),
});

const limitSchema = z.object({
  platform: z.enum(['x', 'meta']),
  limit: z.object({ requests: z.number().int().min(1), windowMs: z.number().int().min(1) }).nullable(),
});

const bad = (message: string): ApiAnswer => ({ status: 400, body: { error: message } });

function parse<T>(schema: z.ZodType<T>, raw: Buffer): T | ApiAnswer {
  let json: unknown;
  try { json = raw.length ? JSON.parse(raw.toString('utf8')) : {}; } catch { return bad('body is not JSON'); }
  const result = schema.safeParse(json);
  return result.success ? result.data : bad(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

const isAnswer = (value: unknown): value is ApiAnswer => typeof value === 'object' && value !== null && 'status' in value && 'body' in value;

export async function handleAdmin(sim: NetworkSimulator, method: string, url: URL, raw: Buffer): Promise<ApiAnswer> {
  const route = `${method} ${url.pathname}`;
  if (route === 'GET /_admin/health') return { status: 200, body: { status: 'ok', apiUrls: sim.apiUrls } };
  if (route === 'POST /_admin/accounts') {
    const input = parse(accountSchema, raw);
    if (isAnswer(input)) return input;
    try { await sim.connect(input); } catch (error) { return bad((error as Error).message); }
    return { status: 201, body: { connected: input.externalId } };
  }
  if (route === 'POST /_admin/inject') {
    const input = parse(injectSchema, raw);
    if (isAnswer(input)) return input;
    const a = input.author;
    const activity: SimActivity = {
      seq: 0, network: input.network, kind: input.kind, text: input.text, at: Date.now(), category: 'question', language: a.language,
      author: { key: a.handle, name: a.name, handle: a.handle, followers: a.followers, verified: a.verified, language: a.language, ids: { x: a.id, facebook: a.id, instagram: a.id, whatsapp: a.id } },
      ...(input.variant ? { variant: input.variant } : {}),
    };
    const id = sim.publish(input.network, activity, input.replyTo);
    return id ? { status: 201, body: { id } } : bad(`no ${input.network} account is connected`);
  }
  if (route === 'POST /_admin/next-response') {
    const input = parse(scriptSchema, raw);
    if (isAnswer(input)) return input;
    const base = input.preset ? preset(input.preset as Preset, input.platform, Date.now()) : { platform: input.platform, ...(input.answer ? { answer: input.answer as ApiAnswer } : {}) };
    sim.scripted.add({ ...base, times: input.times, ...(input.method ? { method: input.method } : {}), ...(input.path ? { path: input.path } : {}), ...(input.delayMs ? { delayMs: input.delayMs } : {}) });
    return { status: 201, body: { scripted: true } };
  }
  if (route === 'PUT /_admin/limits') {
    const body = parse(limitSchema, raw);
    if (isAnswer(body)) return body;
    sim.limits.set(body.platform, body.limit);
    return { status: 200, body: sim.limits.stats() };
  }
  if (route === 'GET /_admin/limits') return { status: 200, body: sim.limits.stats() };
  if (route === 'GET /_admin/calls') {
    const platform = url.searchParams.get('platform');
    return { status: 200, body: { calls: sim.calls.filter((c) => !platform || c.platform === platform) } };
  }
  if (route === 'GET /_admin/deliveries') {
    const records = sim.deliverer.records;
    return { status: 200, body: { total: records.length, acknowledged: records.filter((r) => r.acknowledgedAt !== null).length, gaveUp: records.filter((r) => r.gaveUp).length, records: records.slice(-500) } };
  }
  if (route === 'POST /_admin/traffic') {
    const input = parse(z.object({ seed: z.number().int().default(1), perSecond: z.number().positive().max(10_000).default(2), count: z.number().int().positive().optional() }), raw);
    if (isAnswer(input)) return input;
    if (sim.targets.size === 0) return bad('connect an account first (POST /_admin/accounts)');
    sim.playTraffic(input);
    return { status: 201, body: { playing: true, networks: [...sim.targets.keys()] } };
  }
  if (route === 'DELETE /_admin/traffic') {
    sim.stopTraffic();
    return { status: 200, body: { playing: false } };
  }
  if (route === 'POST /_admin/reset') {
    sim.calls.length = 0;
    sim.scripted.clear();
    sim.limits.reset();
    return { status: 200, body: { reset: true } };
  }
  return { status: 404, body: { error: `no admin route ${route}` } };
}
