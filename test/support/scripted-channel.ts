// A channel adapter whose platform answers are scripted by the test, for exercising the outbox's
// logic (pacing, retries, reconciliation) precisely. The real adapters are tested against the
// network simulator; this stands at the same boundary.
import type { ChannelAdapter, ChannelCapabilities, FindSentResult, OutboundRequest, SendResult } from '../../src/channels/channel-adapter.ts';
import type { ChannelLookup } from '../../src/replies/outbox-sender.ts';

export interface ScriptedCall {
  at: number;
  request: OutboundRequest;
}

export class ScriptedChannel {
  readonly calls: ScriptedCall[] = [];
  readonly lookups: OutboundRequest[] = [];
  /** Answers for the next sends, in order; when empty, sends succeed. */
  readonly answers: Array<SendResult | ((request: OutboundRequest) => SendResult)> = [];
  /** Messages the "platform" holds, for findSent. */
  readonly posted = new Map<string, string>();
  lookupAnswer: FindSentResult | null = null;
  private counter = 0;
  readonly adapter: ChannelAdapter;

  constructor(now: () => number, capabilities: Partial<ChannelCapabilities> = {}, options: { findSent?: boolean } = {}) {
    const caps: ChannelCapabilities = {
      surfaces: ['public', 'private'], replyKinds: ['public_reply', 'private_reply', 'dm'], messagingWindowHours: 24, humanAgentWindowHours: 168,
      templatesOutsideWindow: false, privateReplyToCommentHours: 168, maxTextLength: 280, attachments: false, idempotentSends: false,
      rateLimit: { requests: 100, windowMs: 1000 }, inbound: ['webhook'], ...capabilities,
    };
    const send = async (request: OutboundRequest): Promise<SendResult> => {
      this.calls.push({ at: now(), request });
      const next = this.answers.shift();
      const answer = typeof next === 'function' ? next(request) : next;
      if (answer) return answer;
      const id = `p-${++this.counter}`;
      this.posted.set(id, request.text);
      return { outcome: 'sent', platformMessageId: id };
    };
    const findSent = async (request: OutboundRequest): Promise<FindSentResult> => {
      this.lookups.push(request);
      if (this.lookupAnswer) return this.lookupAnswer;
      const found = [...this.posted.entries()].find(([, text]) => text === request.text);
      return found ? { outcome: 'found', platformMessageId: found[0] } : { outcome: 'not_found' };
    };
    this.adapter = {
      network: 'testnet', displayName: 'Testnet', capabilities: caps, credentialFields: ['token'],
      handshake: () => null, verify: () => true, split: () => [], normalize: () => [], send,
      ...(options.findSent ? { findSent } : {}),
    };
  }

  lookup(): ChannelLookup {
    return { get: () => ({ adapter: this.adapter, apiBaseUrl: 'http://127.0.0.1:9' }) };
  }
}
