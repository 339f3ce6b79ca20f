// The fake X: accounts subscribed to Account Activity (CRC checked at subscription, deliveries
// signed with the consumer secret), the v2 endpoints Earshot calls to reply and DM, and the
// mentions timeline and DM events it polls, with X's rate-limit headers on every answer.
import { xSignature } from '../../channels/x/x-signature.ts';
import type { SimActivity } from '../traffic/traffic-generator.ts';
import { deliverSigned, handshakeGet, type ApiAnswer, type ApiRequest, type SimContext, type Subscription } from './sim-platform.ts';
import { dmConversationId, v1DmEvent, v1Tweet, v1User, v2DmEvent, v2Tweet, v2User, type XDm, type XTweet, type XUser } from './x-payloads.ts';
import { pageOf, RateWindows } from './x-timeline.ts';

interface XAccount {
  user: XUser;
  /** The user-context token Earshot holds for this account. */
  accessToken: string;
  subscription: Subscription | null;
  /** Posts addressed to the account (mentions and replies), oldest first. */
  mentions: XTweet[];
  dms: XDm[];
}

export class XPlatform {
  readonly accounts = new Map<string, XAccount>();
  private readonly tweets = new Map<string, XTweet>();
  private readonly windows = new RateWindows();
  private readonly context: SimContext;

  constructor(context: SimContext) {
    this.context = context;
  }

  addAccount(id: string, handle: string, accessToken: string, name = handle): void {
    const existing = this.accounts.get(id);
    if (existing) existing.accessToken = accessToken;
    else this.accounts.set(id, { user: { id, handle, name, followers: 25_000, verified: true }, accessToken, subscription: null, mentions: [], dms: [] });
  }

  /** Registers a webhook for the account; like X, sends a CRC challenge first and refuses a wrong answer. */
  async subscribe(accountId: string, url: string, consumerSecret: string): Promise<void> {
    const account = this.account(accountId);
    const token = this.context.ids.digits(24);
    const answer = await handshakeGet(`${url}${url.includes('?') ? '&' : '?'}crc_token=${token}`);
    const expected = xSignature(consumerSecret, token);
    if (answer.status !== 200 || (JSON.parse(answer.body) as { response_token?: string }).response_token !== expected) {
      throw new Error(`CRC check failed for ${url} (HTTP ${answer.status})`);
    }
    account.subscription = { url, secret: consumerSecret };
  }

  /** Publishes a customer's activity; returns the platform id it got. */
  publish(accountId: string, activity: SimActivity, parentId?: string): string {
    const account = this.account(accountId);
    const author: XUser = { id: activity.author.ids.x, handle: activity.author.handle, name: activity.author.name, followers: activity.author.followers, verified: activity.author.verified };
    if (activity.kind === 'dm') return this.addDm(account, { id: this.context.ids.snowflake(activity.at), text: activity.text, sender: author, recipient: account.user, at: activity.at });
    const parent = parentId ? this.tweets.get(parentId) : undefined;
    const replyTo = parent?.author ?? account.user;
    const text = `@${replyTo.handle} ${activity.text}`;
    const id = this.context.ids.snowflake(activity.at);
    return this.addTweet(account, { id, text, author, at: activity.at, inReplyToId: parent?.id ?? null, inReplyToUser: parent ? parent.author : null, conversationId: parent?.conversationId ?? id, lang: activity.language });
  }

  private addTweet(account: XAccount, tweet: XTweet): string {
    this.tweets.set(tweet.id, tweet);
    if (tweet.author.id !== account.user.id) account.mentions.push(tweet);
    this.push(account, tweet.id, { for_user_id: account.user.id, user_has_blocked: false, tweet_create_events: [v1Tweet(tweet)] });
    return tweet.id;
  }

  private addDm(account: XAccount, dm: XDm): string {
    account.dms.push(dm);
    const users = Object.fromEntries([dm.sender, dm.recipient].map((u) => [u.id, { ...v1User(u), id: u.id }]));
    this.push(account, dm.id, { for_user_id: account.user.id, direct_message_events: [v1DmEvent(dm)], users });
    return dm.id;
  }

  private push(account: XAccount, id: string, payload: unknown): void {
    if (!account.subscription) return;
    const body = JSON.stringify(payload);
    void deliverSigned(this.context, account.subscription.url, body, { 'x-twitter-webhooks-signature': xSignature(account.subscription.secret, body) }, [id]);
  }

  private account(id: string): XAccount {
    const account = this.accounts.get(id);
    if (!account) throw new Error(`no simulated X account ${id}`);
    return account;
  }

  /** The account a user-context bearer token acts for. */
  private byToken(headers: Record<string, string>): XAccount | undefined {
    const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    return [...this.accounts.values()].find((a) => a.accessToken === token);
  }

  handle(request: ApiRequest): ApiAnswer {
    const now = this.context.now();
    const limit = this.windows.take(`${request.method} ${request.path.replace(/\d+/g, ':id')}`, now);
    const answer = this.route(request, now);
    return { ...answer, headers: { ...limit, ...answer.headers } };
  }

  private route(request: ApiRequest, now: number): ApiAnswer {
    const unauthorized: ApiAnswer = { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } };
    const mentions = /^\/2\/users\/(\d+)\/mentions$/.exec(request.path);
    const dmWith = /^\/2\/dm_conversations\/with\/(\d+)\/messages$/.exec(request.path);
    if (!request.headers.authorization) return unauthorized;
    if (request.method === 'GET' && mentions) {
      const account = this.accounts.get(mentions[1]!);
      if (!account) return { status: 404, body: { title: 'Not Found Error', detail: 'Could not find user', type: 'https://api.twitter.com/2/problems/resource-not-found' } };
      return { status: 200, body: pageOf(account.mentions, request.query, v2Tweet, (t) => [t.author]) };
    }
    const account = this.byToken(request.headers);
    if (!account) return unauthorized;
    if (request.method === 'GET' && request.path === '/2/dm_events') return { status: 200, body: pageOf(account.dms, request.query, v2DmEvent, (d) => [d.sender]) };
    const own = /^\/2\/users\/(\d+)\/tweets$/.exec(request.path);
    if (request.method === 'GET' && own) {
      const since = Date.parse(request.query.get('start_time') ?? '') || 0;
      const posts = [...this.tweets.values()].filter((t) => t.author.id === own[1] && t.at >= since);
      return { status: 200, body: pageOf(posts, request.query, v2Tweet, (t) => [t.author]) };
    }
    const thread = /^\/2\/dm_conversations\/with\/(\d+)\/dm_events$/.exec(request.path);
    if (request.method === 'GET' && thread) {
      return { status: 200, body: pageOf(account.dms.filter((d) => d.sender.id === thread[1] || d.recipient.id === thread[1]), request.query, v2DmEvent, (d) => [d.sender]) };
    }
    if (request.method === 'POST' && request.path === '/2/tweets') {
      const text = String(request.body.text ?? '');
      const replyTo = String((request.body.reply as { in_reply_to_tweet_id?: string } | undefined)?.in_reply_to_tweet_id ?? '');
      const parent = this.tweets.get(replyTo);
      if (replyTo && !parent) return { status: 403, body: { title: 'Forbidden', detail: 'You attempted to reply to a Tweet that is deleted or not visible to you.', type: 'about:blank', status: 403 } };
      const id = this.context.ids.snowflake(now);
      this.addTweet(account, { id, text, author: account.user, at: now, inReplyToId: parent?.id ?? null, inReplyToUser: parent?.author ?? null, conversationId: parent?.conversationId ?? id, lang: 'en' });
      return { status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } } };
    }
    if (request.method === 'POST' && dmWith) {
      const recipient = [...this.tweets.values()].map((t) => t.author).concat(account.dms.map((d) => d.sender)).find((u) => u.id === dmWith[1]);
      if (!recipient) return { status: 403, body: { title: 'Forbidden', detail: 'You cannot send messages to this user.', type: 'about:blank', status: 403 } };
      const id = this.context.ids.snowflake(now);
      this.addDm(account, { id, text: String(request.body.text ?? ''), sender: account.user, recipient, at: now });
      return { status: 201, body: { data: { dm_conversation_id: dmConversationId(account.user.id, recipient.id), dm_event_id: id } } };
    }
    return { status: 404, body: { title: 'Not Found', detail: `No route ${request.method} ${request.path}`, type: 'about:blank', status: 404 } };
  }
}

export { v2User };
