// Five weeks of past traffic for the demo workspace, so the dashboards and the forecast have
// something to show: a daily and weekly shape (busy mornings and evenings, quieter weekends), a
// slow upward trend, a three-day storm after a campaign in the third week, answered and
// unanswered conversations, several agents and a vendor team on evenings and weekends. Written
// in batches straight into storage, then folded into facts and rollups by the same code the live
// worker runs. Deterministic for a given end date; inserted once.
import { HOUR, MINUTE, type Clock } from '../core/clock.ts';
import { formatLocalDate, localDayOf, localPosition, startOfLocalDay, timeZone } from '../core/calendar/index.ts';
import type { Team, User, Workspace } from '../core/workspace/workspace.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { Storage } from '../storage/storage.ts';
import { insertHistory, type HistoricalConversation } from '../analytics/history/insert-history.ts';
import { refreshFacts, CalendarCache } from '../analytics/rollups/refresh-facts.ts';
import { insertSpike } from '../storage/repositories/analytics-rollups.repository.ts';
import { upsertBusinessHours } from '../storage/repositories/sla.repository.ts';
import { createRng } from '../core/random.ts';

export const HISTORY_DAYS = 35;

// The demo's triage topics (src/demo/airline-triage.json), so history and live traffic agree:
// baggage is filed under the default topic "delivery" there.
const TOPICS = [
  { topic: 'flight_disruption', weight: 0.28, negative: 0.7, needs: 0.9, praise: false, text: 'My flight has been delayed for hours, what are my options?' },
  { topic: 'delivery', weight: 0.18, negative: 0.65, needs: 0.95, praise: false, text: 'My bag did not arrive in Lisbon, tag AC123456' },
  { topic: 'refund_or_return', weight: 0.16, negative: 0.6, needs: 0.95, praise: false, text: 'Still waiting for my refund after 3 weeks' },
  { topic: 'product_question', weight: 0.16, negative: 0.2, needs: 0.85, praise: false, text: 'How do I add a seat to my booking?' },
  { topic: 'other', weight: 0.12, negative: 0, needs: 0.15, praise: true, text: 'Lovely crew on AC204 today, thank you!' },
  { topic: 'other', weight: 0.1, negative: 0.3, needs: 0.3, praise: false, text: 'Anyone else flying to Rome tomorrow?' },
] as const;

const CHANNELS = [
  { network: 'x', weight: 0.4, private: 0.15 },
  { network: 'facebook', weight: 0.25, private: 0.35 },
  { network: 'instagram', weight: 0.2, private: 0.3 },
  { network: 'whatsapp', weight: 0.15, private: 1 },
] as const;

/** Share of a day's conversations per local hour: quiet nights, a morning and an evening peak. */
const HOURLY = [1, 0.6, 0.4, 0.3, 0.3, 0.6, 1.5, 3, 5, 6.5, 6.5, 6, 5.5, 5.5, 5, 5, 5, 5.5, 6, 6.5, 6, 4.5, 3, 2];

/** Multiplier of the campaign storm (third week, Tuesday to Thursday). */
export const CAMPAIGN_FACTOR = 1.8;


function pick<T extends { weight: number }>(items: readonly T[], r: number): T {
  let acc = 0;
  for (const item of items) {
    acc += item.weight;
    if (r < acc) return item;
  }
  return items[items.length - 1]!;
}

export interface DemoHistoryInput {
  workspace: Workspace;
  teams: readonly Team[];
  users: readonly User[];
  accounts: Partial<Record<string, ChannelAccount>>;
}

export async function hasDemoHistory(storage: Storage, workspaceId: string): Promise<boolean> {
  const row = await storage.db.selectFrom('conversations').select('id').where('workspace_id', '=', workspaceId).where('thread_key', 'like', 'history:%').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Inserts the history once (a second call finds it); returns the number of conversations added. */
export async function seedDemoHistory(storage: Storage, clock: Clock, input: DemoHistoryInput): Promise<number> {
  if (await hasDemoHistory(storage, input.workspace.id)) return 0;
  const zone = timeZone(typeof input.workspace.settings.timeZone === 'string' ? input.workspace.settings.timeZone : 'UTC');
  const today = localDayOf(zone, clock.now());
  const firstDay = today - HISTORY_DAYS;
  const rand = createRng(firstDay);
  const team = (kind: string) => input.teams.find((t) => t.kind === kind) ?? null;
  const care = team('care');
  const social = team('marketing');
  const vendor = team('vendor');
  const people = (email: string) => input.users.find((u) => u.email.startsWith(email))?.id ?? null;
  const careAgents = ['ana@', 'ben@', 'sam@', 'admin@'].map(people).filter((x): x is string => x !== null);
  const vendorAgent = people('vic@');
  const socialAgent = people('mia@');
  // The storm: Tuesday to Thursday of the third week.
  const stormStart = firstDay + 14 + ((8 - localPosition(zone, startOfLocalDay(zone, firstDay + 14)).weekday) % 7);
  const stormDays = new Set([stormStart, stormStart + 1, stormStart + 2]);
  const conversations: HistoricalConversation[] = [];
  for (let day = firstDay; day < today; day++) {
    const weekday = localPosition(zone, startOfLocalDay(zone, day)).weekday;
    const trend = 1 + 0.01 * ((day - firstDay) / 7);
    const storm = stormDays.has(day) ? CAMPAIGN_FACTOR : 1;
    const base = (weekday >= 5 ? 190 : 330) * trend * storm;
    for (let hour = 0; hour < 24; hour++) {
      const expected = (base * HOURLY[hour]!) / 100;
      const count = Math.floor(expected + rand());
      for (let i = 0; i < count; i++) {
        const at = startOfLocalDay(zone, day) + hour * HOUR + Math.floor(rand() * HOUR);
        conversations.push(conversation(at, hour, weekday, stormDays.has(day)));
      }
    }
  }

  function conversation(at: number, hour: number, weekday: number, storm: boolean): HistoricalConversation {
    const topic = storm && rand() < 0.5 ? TOPICS[0] : pick(TOPICS, rand());
    const channel = pick(CHANNELS, rand());
    const account = input.accounts[channel.network];
    const surface = rand() < channel.private ? 'private' as const : 'public' as const;
    const negative = rand() < topic.negative + (storm ? 0.15 : 0);
    const sentiment = negative ? 'negative' as const : topic.praise || rand() < 0.2 ? 'positive' as const : 'neutral' as const;
    const needsResponse = rand() < topic.needs;
    const offHours = hour < 8 || hour >= 20 || weekday >= 5;
    const toVendor = vendor !== null && vendorAgent !== null && offHours && hour >= 17 && rand() < 0.6;
    const toSocial = social !== null && socialAgent !== null && topic.praise;
    const teamId = toVendor ? vendor!.id : toSocial ? social!.id : care?.id ?? null;
    const agent = toVendor ? vendorAgent : toSocial ? socialAgent : careAgents[Math.floor(rand() * careAgents.length)] ?? null;
    // Social customers expect an hour: most are answered, slower off hours and in the storm.
    const answered = needsResponse ? rand() < (storm ? 0.7 : 0.88) : rand() < 0.3;
    const medianMinutes = (offHours && !toVendor ? 150 : 22) * (storm ? 2.2 : 1);
    const frt = Math.max(60_000, Math.round(medianMinutes * MINUTE * Math.exp(0.9 * gaussian())));
    const followers = Math.round(300 * Math.exp(1.8 * gaussian()));
    const author = { externalId: `hist-${Math.floor(rand() * 2500)}`, handle: `customer${Math.floor(rand() * 100_000)}`, followers };
    const messages: HistoricalConversation['messages'][number][] = [{ direction: 'inbound', at, body: topic.text }];
    const clocks: NonNullable<HistoricalConversation['clocks']>[number][] = [];
    let resolvedAt: number | null = null;
    if (answered && agent !== null) {
      messages.push({ direction: 'outbound', at: at + frt, body: 'Sorry to hear that, let us look into it.', authorUserId: agent });
      if (needsResponse) clocks.push({ target: 'first_response', cycle: 1, targetMs: HOUR, startedAt: at, stoppedAt: at + frt, outcome: frt <= HOUR ? 'met' : 'missed' });
      let last = at + frt;
      if (rand() < 0.35) {
        const follow = last + Math.round(20 * MINUTE * Math.exp(gaussian()));
        const nrt = Math.max(60_000, Math.round(15 * MINUTE * Math.exp(0.8 * gaussian())));
        messages.push({ direction: 'inbound', at: follow, body: 'Thanks, any update?' }, { direction: 'outbound', at: follow + nrt, body: 'Yes, it is on its way.', authorUserId: agent });
        last = follow + nrt;
      }
      if (rand() < 0.95) resolvedAt = last + Math.round(40 * MINUTE * Math.exp(gaussian()));
    } else if (rand() < (needsResponse ? 0.8 : 0.6)) {
      // Closed without an answer: chatter tidied away, stale questions closed after a day or two.
      resolvedAt = at + Math.round((needsResponse ? 30 : 2) * HOUR * Math.exp(0.5 * gaussian()));
    }
    if (resolvedAt !== null && resolvedAt > clock.now()) resolvedAt = null;
    return {
      workspaceId: input.workspace.id, channelAccountId: account?.id ?? '', network: channel.network, surface, teamId, assigneeId: answered ? agent : null,
      topic: topic.topic, sentiment, priority: negative && followers > 5000 ? 3 : negative ? 2 : needsResponse ? 1 : 0, needsResponse,
      subject: topic.text.slice(0, 60), author, messages: messages.filter((m) => m.at < clock.now()), resolvedAt, clocks: clocks.filter((k) => k.stoppedAt < clock.now()),
    };
  }

  function gaussian(): number {
    return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  }

  const usable = conversations.filter((c) => c.channelAccountId !== '');
  const now = clock.now();
  await storage.transaction(async (tx) => {
    // Opening hours, so business-hours figures differ from wall-clock ones (if none are set yet).
    const hours = await tx.selectFrom('business_hours').select('scope').where('workspace_id', '=', input.workspace.id).executeTakeFirst();
    if (!hours) await upsertBusinessHours(tx, input.workspace.id, '', DEMO_BUSINESS_HOURS(zone.name), now);
    const ids = await insertHistory(tx, usable, now);
    const calendars = new CalendarCache();
    for (let i = 0; i < ids.length; i += 500) await refreshFacts(tx, ids.slice(i, i + 500), { now, calendars });
    const x = input.accounts.x;
    if (x) {
      await insertSpike(tx, {
        id: `demo-spike-${stormStart}`, workspaceId: input.workspace.id, at: startOfLocalDay(zone, stormStart) + 9 * HOUR, kind: 'volume', channelAccountId: x.id, topic: 'flight_disruption',
        evidence: { observed: 42, expected: 14, threshold: 28, note: 'Storm after the autumn-sale campaign' },
      });
    }
    // The campaign is known to the forecast, which learns from the history without its uplift.
    const settings = { ...input.workspace.settings, staffing: {
      campaigns: [{ from: formatLocalDate(stormStart), to: formatLocalDate(stormStart + 2), factor: CAMPAIGN_FACTOR, name: 'Autumn sale storm' }],
      roster: DEMO_ROSTER,
    } };
    await tx.updateTable('workspaces').set({ settings: JSON.stringify(settings) }).where('id', '=', input.workspace.id).execute();
  });
  return usable.length;
}

const DEMO_BUSINESS_HOURS = (zone: string) => ({
  timeZone: zone,
  weekly: {
    mon: [{ start: '08:00', end: '20:00' }], tue: [{ start: '08:00', end: '20:00' }], wed: [{ start: '08:00', end: '20:00' }],
    thu: [{ start: '08:00', end: '20:00' }], fri: [{ start: '08:00', end: '20:00' }], sat: [{ start: '09:00', end: '17:00' }], sun: [{ start: '09:00', end: '17:00' }],
  },
});

/** Two overlapping weekday shifts, thin weekends: the plan shows where that falls short. */
const DEMO_ROSTER = {
  mon: [{ start: '08:00', end: '16:00', agents: 2 }, { start: '12:00', end: '20:00', agents: 2 }],
  tue: [{ start: '08:00', end: '16:00', agents: 2 }, { start: '12:00', end: '20:00', agents: 2 }],
  wed: [{ start: '08:00', end: '16:00', agents: 2 }, { start: '12:00', end: '20:00', agents: 2 }],
  thu: [{ start: '08:00', end: '16:00', agents: 2 }, { start: '12:00', end: '20:00', agents: 2 }],
  fri: [{ start: '08:00', end: '16:00', agents: 2 }, { start: '12:00', end: '20:00', agents: 1 }],
  sat: [{ start: '09:00', end: '17:00', agents: 1 }],
  sun: [{ start: '09:00', end: '17:00', agents: 1 }],
};
