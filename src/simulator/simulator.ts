// The network simulator: fake X and Meta (Facebook, Instagram, WhatsApp) on loopback. It signs
// and delivers webhooks as the platforms do (retries, duplicates), answers and records the API
// calls Earshot makes, serves the X polling endpoints, and answers with rate limits and errors on
// demand. Earshot reaches it only through configuration (EARSHOT_X_API_URL, EARSHOT_META_GRAPH_URL).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimIds } from './sim-ids.ts';
import { WebhookDeliverer, type DelivererOptions } from './webhook-deliverer.ts';
import { Random } from './traffic/random.ts';
import { XPlatform } from './platforms/x-platform.ts';
import { MetaPlatform } from './platforms/meta-platform.ts';
import type { ApiAnswer, ApiRequest, SimContext } from './platforms/sim-platform.ts';
import { ScriptedResponses, type Platform } from './scripted-responses.ts';
import type { SimActivity, SimNetwork } from './traffic/traffic-generator.ts';
import { handleAdmin } from './sim-admin.ts';
import { SimRateLimits, type LimitRule } from './rate-limits.ts';
import { TrafficGenerator } from './traffic/traffic-generator.ts';
import { TrafficPlayer, type PlayOptions } from './traffic/traffic-player.ts';

export interface SimulatorOptions {
  seed?: number;
  host?: string;
  port?: number;
  delivery?: Omit<DelivererOptions, 'random'>;
  /** Rate limits to enforce per account, by platform (none by default). */
  limits?: Partial<Record<Platform, LimitRule>>;
}

export interface RecordedCall {
  at: number;
  platform: Platform;
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
  status: number | 'dropped';
}

export interface SimAccount {
  network: SimNetwork;
  externalId: string;
  name?: string;
  /** The token Earshot will call the API with (X user token, page token, WhatsApp token). */
  accessToken: string;
  /** Where to deliver webhooks, and the secret to sign them with; omit for a polled X account. */
  webhook?: { url: string; secret: string; verifyToken?: string };
}

const META_PREFIX = /^\/meta\/v\d+\.\d+(\/.*)$/;

export class NetworkSimulator {
  readonly x: XPlatform;
  readonly meta: MetaPlatform;
  readonly deliverer: WebhookDeliverer;
  readonly scripted = new ScriptedResponses();
  readonly limits = new SimRateLimits();
  readonly calls: RecordedCall[] = [];
  readonly context: SimContext;
  /** Which connected account takes each network's traffic. */
  readonly targets = new Map<SimNetwork, string>();
  private server: Server | undefined;
  private player: TrafficPlayer | undefined;
  private baseUrl = '';
  private readonly options: SimulatorOptions;

  constructor(options: SimulatorOptions = {}) {
    this.options = options;
    const random = new Random(options.seed ?? 1);
    this.deliverer = new WebhookDeliverer({ random, ...options.delivery });
    this.context = { ids: new SimIds(random), random, deliverer: this.deliverer, now: () => Date.now() };
    this.x = new XPlatform(this.context);
    this.meta = new MetaPlatform(this.context);
    for (const [platform, rule] of Object.entries(options.limits ?? {}) as Array<[Platform, LimitRule]>) this.limits.set(platform, rule);
  }

  get url(): string {
    return this.baseUrl;
  }

  /** The API base URLs to configure Earshot with. */
  get apiUrls(): { x: string; meta: string } {
    return { x: `${this.baseUrl}/x`, meta: `${this.baseUrl}/meta/v21.0` };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server!.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve));
    const address = this.server.address() as AddressInfo;
    this.baseUrl = `http://${address.address}:${address.port}`;
    return this.baseUrl;
  }

  /**
   * Plays generated traffic into the connected accounts (replacing any traffic playing). The
   * generator runs at 3,600 activities per virtual hour, scaled to `perSecond` real ones.
   */
  playTraffic(options: { seed: number; perSecond: number; count?: number; onPublished?: PlayOptions['onPublished'] }): TrafficPlayer {
    this.player?.stop();
    const networks = [...this.targets.keys()];
    const generator = new TrafficGenerator({ seed: options.seed, perHour: 3600, networks });
    this.player = new TrafficPlayer(generator, this, { perSecond: options.perSecond, generatorPerHour: 3600, ...(options.count !== undefined ? { count: options.count } : {}), ...(options.onPublished ? { onPublished: options.onPublished } : {}) }).start();
    return this.player;
  }

  stopTraffic(): void {
    this.player?.stop();
    this.player = undefined;
  }

  async stop(): Promise<void> {
    this.stopTraffic();
    this.deliverer.stop();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Creates the account on its platform and, with a webhook, subscribes it (handshake first). */
  async connect(account: SimAccount): Promise<void> {
    const name = account.name ?? `Acme ${account.network}`;
    if (account.network === 'x') {
      this.x.addAccount(account.externalId, name.replace(/\W/g, ''), account.accessToken, name);
      if (account.webhook) await this.x.subscribe(account.externalId, account.webhook.url, account.webhook.secret);
    } else {
      this.meta.addAccount(account.network, account.externalId, name, account.accessToken);
      if (account.webhook) await this.meta.subscribe(account.externalId, account.webhook.url, account.webhook.secret, account.webhook.verifyToken ?? '');
    }
    if (!this.targets.has(account.network)) this.targets.set(account.network, account.externalId);
  }

  /** Publishes a customer's activity on the network's connected account; null when none is. */
  publish(network: SimNetwork, activity: SimActivity, parentId?: string): string | null {
    const account = this.targets.get(network);
    if (!account) return null;
    return network === 'x' ? this.x.publish(account, activity, parentId) : this.meta.publish(account, activity, parentId);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://simulator');
      const raw = await readBody(req);
      if (url.pathname.startsWith('/_admin/')) return send(res, await handleAdmin(this, req.method ?? 'GET', url, raw));
      const meta = META_PREFIX.exec(url.pathname);
      const platform: Platform | null = url.pathname.startsWith('/x/') ? 'x' : meta ? 'meta' : null;
      if (!platform) return send(res, { status: 404, body: { error: 'unknown platform' } });
      const request: ApiRequest = {
        method: req.method ?? 'GET', path: platform === 'x' ? url.pathname.slice(2) : meta![1]!, query: url.searchParams,
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: parseBody(raw, req.headers['content-type']),
      };
      const call: RecordedCall = { at: Date.now(), platform, method: request.method, path: request.path, query: Object.fromEntries(url.searchParams), body: request.body, status: 0 };
      this.calls.push(call);
      const scripted = this.scripted.take(platform, request.method, request.path);
      if (scripted?.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
      const answer = scripted?.answer ?? this.limits.check(platform, request, Date.now()) ?? (platform === 'x' ? this.x.handle(request) : this.meta.handle(request));
      if (scripted?.drop) {
        call.status = 'dropped';
        res.socket?.destroy();
        return;
      }
      call.status = answer.status;
      send(res, answer);
    } catch (error) {
      send(res, { status: 500, body: { error: error instanceof Error ? error.message : String(error) } });
    }
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  if (raw.length === 0) return {};
  const text = raw.toString('utf8');
  if (contentType?.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed as Record<string, unknown> : {};
  } catch {
    return {};
  }
}

function send(res: ServerResponse, answer: ApiAnswer): void {
  const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
  res.end(body);
}
