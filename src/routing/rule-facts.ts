// Building RuleFacts: from a stored conversation and its new message (live routing), or from a
// sample written by an admin (dry-run). Business hours are the workspace's calendar.
import { MINUTE } from '../core/clock.ts';
import type { ContactFacts, RuleFacts, RuleTrigger, TriageFacts } from '../core/routing/facts.ts';
import type { RoutingConversation } from '../core/routing/routing-conversation.ts';
import type { Executor } from '../storage/storage.ts';
import { findChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import type { RoutingContext } from './routing-context.ts';
import { calendarFor } from '../sla/calendars.ts';

export interface RuleSample {
  trigger?: RuleTrigger;
  /** A connected account (its network is used), or just a network name. */
  channelAccountId?: string;
  network?: string;
  surface?: 'public' | 'private';
  messageKind?: string;
  text: string;
  triage?: TriageFacts;
  contact?: ContactFacts;
  labels?: string[];
  priority?: number;
  teamId?: string | null;
  assigneeId?: string | null;
  /** When the message was written (epoch ms): decides inside or outside business hours. Default now. */
  at?: number;
  insideBusinessHours?: boolean;
  minutesSinceLastReply?: number | null;
}

export async function factsFromSample(ctx: RoutingContext, db: Executor, workspaceId: string, sample: RuleSample): Promise<RuleFacts> {
  const account = sample.channelAccountId ? await findChannelAccount(db, workspaceId, sample.channelAccountId) : undefined;
  const at = sample.at ?? ctx.clock.now();
  const calendar = await calendarFor(ctx, db, workspaceId, null);
  return {
    trigger: sample.trigger ?? 'conversation_opened',
    channel: { accountId: account?.id ?? sample.channelAccountId ?? '', network: account?.network ?? sample.network ?? '' },
    surface: sample.surface ?? 'public', messageKind: sample.messageKind ?? 'post', text: sample.text,
    triage: sample.triage ?? {}, contact: sample.contact ?? {}, labels: sample.labels ?? [], priority: sample.priority ?? 0,
    teamId: sample.teamId ?? null, assigneeId: sample.assigneeId ?? null,
    insideBusinessHours: sample.insideBusinessHours ?? calendar.isOpen(at),
    minutesSinceLastReply: sample.minutesSinceLastReply ?? null,
  };
}

export async function factsFromConversation(ctx: RoutingContext, db: Executor, c: RoutingConversation, message: {
  trigger: RuleTrigger; text: string; messageKind: string; at: number; triage: TriageFacts; contact: ContactFacts; labels: readonly string[];
}): Promise<RuleFacts> {
  const calendar = await calendarFor(ctx, db, c.workspaceId, null);
  return {
    trigger: message.trigger, channel: { accountId: c.channelAccountId, network: c.network }, surface: c.surface,
    messageKind: message.messageKind, text: message.text, triage: message.triage, contact: message.contact, labels: message.labels,
    priority: c.priority, teamId: c.teamId, assigneeId: c.assigneeId, insideBusinessHours: calendar.isOpen(message.at),
    minutesSinceLastReply: c.lastOutboundAt === null ? null : Math.max(0, Math.floor((message.at - c.lastOutboundAt) / MINUTE)),
  };
}
