// Polling X for accounts without Account Activity access: the mentions timeline
// (GET /2/users/:id/mentions, since_id) and DM events (GET /2/dm_events), newest first, page by
// page (docs.x.com/x-api/posts/timelines, …/direct-messages/lookup). The cursors come back with
// the events and are stored in the same transaction, so a restart neither loses nor repeats;
// a walk cut short by the page cap resumes from its pagination token on the next poll.
import type { ChannelPoller, PlatformEvent, PollContext, PollResult } from '../channel-adapter.ts';
import { asRecord, callPlatform } from '../shared/platform-call.ts';
import { xErrorText, xRetryAt } from './x-errors.ts';

const MAX_PAGES = 10;
const USER_FIELDS = 'user.fields=username,name,verified,verified_type,public_metrics';
const TWEET_FIELDS = 'tweet.fields=author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets,lang,public_metrics';
const DM_FIELDS = 'dm_event.fields=id,event_type,text,sender_id,dm_conversation_id,created_at,attachments';

interface Stream {
  name: 'mentions' | 'dms';
  url(context: PollContext, since: string | undefined, token: string | undefined): string;
  resource: 'posts_read' | 'dm_events_read';
  authorField: 'author_id' | 'sender_id';
  wrap: 'tweet' | 'dm_event';
  /** DM lookups have no since_id: older events are filtered by id here. */
  filterSince: boolean;
}

const STREAMS: readonly Stream[] = [
  {
    name: 'mentions', resource: 'posts_read', authorField: 'author_id', wrap: 'tweet', filterSince: false,
    url: (c, since, token) => `${c.apiBaseUrl.replace(/\/$/, '')}/2/users/${encodeURIComponent(c.accountExternalId)}/mentions?max_results=100&${TWEET_FIELDS}&expansions=author_id&${USER_FIELDS}${since ? `&since_id=${since}` : ''}${token ? `&pagination_token=${encodeURIComponent(token)}` : ''}`,
  },
  {
    name: 'dms', resource: 'dm_events_read', authorField: 'sender_id', wrap: 'dm_event', filterSince: true,
    url: (c, _since, token) => `${c.apiBaseUrl.replace(/\/$/, '')}/2/dm_events?max_results=100&event_types=MessageCreate&${DM_FIELDS}&expansions=sender_id&${USER_FIELDS}${token ? `&pagination_token=${encodeURIComponent(token)}` : ''}`,
  },
];

const newer = (a: string, b: string | undefined) => b === undefined || BigInt(a) > BigInt(b);

type StreamResult = { events: PlatformEvent[]; cursors: Record<string, string>; newestAt: number | null } | { retryAt: number; detail: string } | { failed: string; permanent: boolean };

async function walk(stream: Stream, context: PollContext): Promise<StreamResult> {
  const since = context.cursors[`${stream.name}.since_id`];
  let token = context.cursors[`${stream.name}.next_token`];
  let newest = context.cursors[`${stream.name}.pending_newest`];
  const events: PlatformEvent[] = [];
  let newestAt: number | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await callPlatform(context.fetch, { method: 'GET', url: stream.url(context, since, token), headers: { authorization: `Bearer ${context.secrets.accessToken ?? ''}` }, timeoutMs: context.timeoutMs });
    if (response.kind === 'failure') return { failed: response.detail, permanent: false };
    if (response.status === 429) return { retryAt: xRetryAt(response.headers, context.now), detail: `X rate limit on ${stream.name}` };
    if (response.status !== 200) return { failed: `X answered ${response.status} on ${stream.name}: ${xErrorText(response.body)}`, permanent: response.status === 401 || response.status === 403 };
    const body = asRecord(response.body);
    const data = (Array.isArray(body.data) ? body.data : []).map(asRecord);
    const users = Array.isArray(asRecord(body.includes).users) ? asRecord(body.includes).users as unknown[] : [];
    context.meter?.record(stream.resource, data.length, data.map((d) => String(d.id)));
    context.meter?.record('users_read', users.length, users.map((u) => String(asRecord(u).id)));
    let reachedSince = false;
    for (const item of data) {
      const id = String(item.id);
      if (stream.filterSince && since !== undefined && !newer(id, since)) { reachedSince = true; continue; }
      if (newer(id, newest)) newest = id;
      const at = Date.parse(String(item.created_at));
      if (Number.isFinite(at)) newestAt = Math.max(newestAt ?? 0, at);
      const author = users.filter((u) => asRecord(u).id === item[stream.authorField]);
      events.push({
        platformEventId: `${stream.wrap === 'tweet' ? 'tweet' : 'dm'}:${id}`, accountExternalId: context.accountExternalId,
        body: JSON.stringify({ source: 'poll', for_user_id: context.accountExternalId, [stream.wrap]: item, users: author }),
      });
    }
    token = typeof asRecord(body.meta).next_token === 'string' ? String(asRecord(body.meta).next_token) : undefined;
    // The first poll takes one page: Earshot starts listening now, it does not import history.
    if (!token || reachedSince || since === undefined) { token = undefined; break; }
  }
  const cursors: Record<string, string> = {};
  if (token) {
    // Cut short by the page cap: keep the old since_id and resume from this page next time.
    cursors[`${stream.name}.next_token`] = token;
    if (newest) cursors[`${stream.name}.pending_newest`] = newest;
    if (since) cursors[`${stream.name}.since_id`] = since;
  } else {
    const next = newest ?? since;
    if (next) cursors[`${stream.name}.since_id`] = next;
  }
  return { events, cursors, newestAt };
}

export const xPoller: ChannelPoller = {
  async poll(context: PollContext): Promise<PollResult> {
    const results = [];
    for (const stream of STREAMS) results.push(await walk(stream, context));
    const ok = results.filter((r): r is Extract<StreamResult, { events: PlatformEvent[] }> => 'events' in r);
    const limited = results.filter((r): r is Extract<StreamResult, { retryAt: number }> => 'retryAt' in r);
    const failed = results.filter((r): r is Extract<StreamResult, { failed: string }> => 'failed' in r);
    if (ok.length === 0 && limited.length > 0) return { outcome: 'rate_limited', retryAt: Math.max(...limited.map((r) => r.retryAt)), detail: limited.map((r) => r.detail).join('; ') };
    if (ok.length === 0) return { outcome: 'failed', detail: failed.map((f) => f.failed).join('; '), permanent: failed.some((f) => f.permanent) };
    const newest = ok.map((r) => r.newestAt).filter((n): n is number => n !== null);
    return {
      outcome: 'ok', events: ok.flatMap((r) => r.events), cursors: Object.assign({}, ...ok.map((r) => r.cursors)),
      newestAt: newest.length > 0 ? Math.max(...newest) : null,
      ...(limited.length > 0 ? { retryAt: Math.max(...limited.map((r) => r.retryAt)) } : {}),
    };
  },
};
