// What happens to a platform's webhook request, independent of HTTP: the handshake on GET; on
// POST, the signature over the raw bytes (401 when missing or wrong, counted and logged with ids
// only), the split into events, and durable storage before the answer. A signed delivery that
// cannot be split is stored whole in the quarantine and still acknowledged: the platform would
// only retry it, and an operator can replay it after a fix.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { PlatformEvent, WebhookRequest, WebhookResponse } from '../channels/channel-adapter.ts';
import type { ChannelRegistry } from '../channels/registry.ts';
import type { NewInboundEvent } from '../storage/repositories/inbound-events.repository.ts';
import type { ChannelDirectory, ChannelEntry } from './channel-directory.ts';
import type { IngestWriter } from './ingest-writer.ts';
import type { ActivityRecorder } from './activity-recorder.ts';

export type IntakeResult =
  | { kind: 'not_found' }
  | { kind: 'handshake'; response: WebhookResponse }
  | { kind: 'not_a_handshake' }
  | { kind: 'unsigned' }
  | { kind: 'stored'; stored: number; duplicates: number; quarantined: boolean };

/** Stored ids of whole deliveries that could not be split start with this. */
export const DELIVERY_PREFIX = 'delivery:';

export interface IntakeDeps {
  registry: ChannelRegistry;
  directory: ChannelDirectory;
  writer: IngestWriter;
  activity: ActivityRecorder;
  clock: Clock;
  logger: Logger;
}

export class WebhookIntake {
  private readonly deps: IntakeDeps;
  private pending = 0;

  /** Deliveries being verified and stored right now (how hard platforms are pushing). */
  get inFlight(): number {
    return this.pending;
  }

  constructor(deps: IntakeDeps) {
    this.deps = deps;
  }

  private async entryFor(network: string, channelAccountId: string): Promise<ChannelEntry | null> {
    if (!this.deps.registry.has(network)) return null;
    const entry = await this.deps.directory.get(channelAccountId);
    return entry && entry.account.network === network ? entry : null;
  }

  async handshake(network: string, channelAccountId: string, request: WebhookRequest): Promise<IntakeResult> {
    const entry = await this.entryFor(network, channelAccountId);
    if (!entry) return { kind: 'not_found' };
    const response = this.deps.registry.get(network).adapter.handshake(request, entry.secrets);
    if (response) this.deps.logger.info({ channelAccountId, network, status: response.status }, 'webhook handshake');
    return response ? { kind: 'handshake', response } : { kind: 'not_a_handshake' };
  }

  async deliver(network: string, channelAccountId: string, request: WebhookRequest): Promise<IntakeResult> {
    this.pending += 1;
    try {
      return await this.receive(network, channelAccountId, request);
    } finally {
      this.pending -= 1;
    }
  }

  private async receive(network: string, channelAccountId: string, request: WebhookRequest): Promise<IntakeResult> {
    const entry = await this.entryFor(network, channelAccountId);
    if (!entry) return { kind: 'not_found' };
    const { adapter } = this.deps.registry.get(network);
    if (!adapter.verify(request, entry.secrets)) {
      this.deps.activity.authFailure(channelAccountId);
      this.deps.logger.warn({ channelAccountId, network, bytes: request.rawBody.length }, 'webhook refused: missing or wrong signature');
      return { kind: 'unsigned' };
    }
    this.deps.activity.delivery(channelAccountId);
    const now = this.deps.clock.now();
    let events: PlatformEvent[];
    try {
      events = adapter.split(request.rawBody);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.deps.logger.warn({ channelAccountId, network, error: reason }, 'signed delivery quarantined: cannot split it');
      const digest = createHash('sha256').update(request.rawBody).digest('hex');
      const held: NewInboundEvent = {
        id: newId(now), channelAccountId, network, platformEventId: `${DELIVERY_PREFIX}${digest}`, receivedAt: now,
        body: request.rawBody.toString('utf8'), status: 'quarantined', error: reason,
      };
      const outcome = await this.deps.writer.store([held], entry.account.workspaceId);
      return { kind: 'stored', ...outcome, quarantined: true };
    }
    const mine = events.filter((e) => e.accountExternalId === entry.account.externalId);
    if (mine.length < events.length) {
      // Events for another account of the same app: this URL belongs to one account only.
      this.deps.logger.warn({ channelAccountId, network, dropped: events.length - mine.length }, 'webhook events for another account dropped');
    }
    const outcome = await this.deps.writer.store(mine.map((e) => ({
      id: newId(now), channelAccountId, network, platformEventId: e.platformEventId, receivedAt: now, body: e.body,
    })), entry.account.workspaceId);
    return { kind: 'stored', ...outcome, quarantined: false };
  }
}
