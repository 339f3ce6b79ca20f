// The fake Meta: Facebook Pages, Instagram accounts and WhatsApp numbers. Subscribing runs the
// hub.* handshake; deliveries are serialised the Meta way (non-ASCII as \uXXXX) and signed with
// X-Hub-Signature-256. The Graph endpoints Earshot replies through are answered as Meta does,
// including the messaging windows (24 h; WhatsApp templates outside it), and the page's own
// messages come back as echoes.
import { metaSignature } from '../../channels/meta/meta-signature.ts';
import { metaJson } from '../meta-json.ts';
import type { SimActivity } from '../traffic/traffic-generator.ts';
import { deliverSigned, handshakeGet, type ApiAnswer, type ApiRequest, type SimContext, type Subscription } from './sim-platform.ts';
import { envelope, feedComment, feedPost, igComment, igMention, messagingItem, waMessage, waStatus, waValue, type MetaPerson } from './meta-payloads.ts';
import { graphAnswer, type MetaAccount, type MetaNetwork } from './meta-graph-api.ts';

const OBJECTS: Record<MetaNetwork, string> = { facebook: 'page', instagram: 'instagram', whatsapp: 'whatsapp_business_account' };

export class MetaPlatform {
  readonly accounts = new Map<string, MetaAccount>();
  private readonly context: SimContext;

  constructor(context: SimContext) {
    this.context = context;
  }

  addAccount(network: MetaNetwork, id: string, name: string, accessToken: string): void {
    const existing = this.accounts.get(id);
    if (existing) existing.accessToken = accessToken;
    else this.accounts.set(id, { network, id, name, accessToken, subscription: null, posts: [], visitorPosts: new Set(), comments: new Map(), mentions: new Map(), lastInbound: new Map(), wabaId: this.context.ids.digits(15) });
  }

  /** Registers a callback URL; like Meta, verifies it with the hub.* challenge first. */
  async subscribe(accountId: string, url: string, appSecret: string, verifyToken: string): Promise<void> {
    const account = this.account(accountId);
    const challenge = this.context.ids.digits(10);
    const query = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.challenge': challenge, 'hub.verify_token': verifyToken });
    const answer = await handshakeGet(`${url}${url.includes('?') ? '&' : '?'}${query}`);
    if (answer.status !== 200 || answer.body !== challenge) throw new Error(`hub challenge failed for ${url} (HTTP ${answer.status})`);
    account.subscription = { url, secret: appSecret, verifyToken };
  }

  account(id: string): MetaAccount {
    const account = this.accounts.get(id);
    if (!account) throw new Error(`no simulated Meta account ${id}`);
    return account;
  }

  /** Publishes a customer's activity; returns the platform id it got. */
  publish(accountId: string, activity: SimActivity, parentId?: string): string {
    const account = this.account(accountId);
    const { ids } = this.context;
    const person: MetaPerson = { id: account.network === 'instagram' ? activity.author.ids.instagram : activity.author.ids.facebook, name: activity.author.name, handle: activity.author.handle };
    if (account.network === 'whatsapp') {
      const id = ids.wamid();
      account.lastInbound.set(activity.author.ids.whatsapp, activity.at);
      this.push(account, [id], 'changes', [waValue(account.id, '15550783881', {
        contacts: [{ profile: { name: activity.author.name }, wa_id: activity.author.ids.whatsapp }],
        messages: [waMessage({ id, from: activity.author.ids.whatsapp, at: activity.at, text: activity.text, ...(activity.variant ? { variant: activity.variant, mediaId: ids.digits(16) } : {}) })],
      })], activity.at);
      return id;
    }
    if (activity.kind === 'dm') {
      const mid = account.network === 'instagram' ? ids.igMid() : ids.mid();
      account.lastInbound.set(person.id, activity.at);
      this.push(account, [mid], 'messaging', [messagingItem(person.id, account.id, activity.at, { mid, text: activity.text })], activity.at);
      return mid;
    }
    return this.publishPublic(account, activity, person, parentId);
  }

  private publishPublic(account: MetaAccount, activity: SimActivity, person: MetaPerson, parentId?: string): string {
    const { ids } = this.context;
    if (account.network === 'instagram' && activity.kind === 'mention') {
      const commentId = ids.digits(17);
      const mediaId = ids.digits(17);
      account.mentions.set(commentId, { mediaId, text: `@${account.name.replace(/\W/g, '').toLowerCase()} ${activity.text}`, authorId: person.id, username: person.handle, at: activity.at });
      this.push(account, [commentId], 'changes', [igMention({ mediaId, commentId })], activity.at);
      return `mention:${commentId}`;
    }
    if (account.network === 'facebook' && activity.kind === 'post') {
      const postId = `${account.id}_${ids.digits(15)}`;
      account.visitorPosts.add(postId);
      this.push(account, [postId], 'changes', [feedPost({ postId, from: person, text: activity.text, at: activity.at })], activity.at);
      return postId;
    }
    return this.comment(account, person, activity.text, activity.at, parentId);
  }

  /** A comment (or a reply to one) by `person`, which may be the account itself (an echo). */
  comment(account: MetaAccount, person: MetaPerson, text: string, at: number, parentId?: string): string {
    const { ids } = this.context;
    const parent = parentId ? account.comments.get(parentId) : undefined;
    if (account.posts.length < 5) account.posts.push(account.network === 'facebook' ? `${account.id}_${ids.digits(15)}` : ids.digits(17));
    const postId = parent?.postId ?? (parentId && (account.posts.includes(parentId) || account.visitorPosts.has(parentId)) ? parentId : this.context.random.pick(account.posts));
    const topLevel = parent ? parent.topLevelId ?? parentId! : null;
    const id = account.network === 'facebook' ? `${postId.split('_').pop()}_${ids.digits(16)}` : ids.digits(17);
    account.comments.set(id, { postId, topLevelId: topLevel, authorId: person.id, ...(parentId ? { parentId } : {}), text, at });
    const change = account.network === 'facebook'
      ? feedComment({ pageId: account.id, postId, commentId: id, parentId: topLevel ?? postId, from: person, text, at })
      : igComment({ id, mediaId: postId, parentId: topLevel, from: person, text });
    this.push(account, [id], 'changes', [change], at);
    return id;
  }

  /** Signs and delivers one entry to the account's subscription (if any). */
  push(account: MetaAccount, eventIds: string[], key: 'messaging' | 'changes', items: unknown[], at: number): void {
    if (!account.subscription) return;
    const entryId = account.network === 'whatsapp' ? account.wabaId : account.id;
    const payload = envelope(OBJECTS[account.network], entryId, account.network === 'facebook' && key === 'changes' ? Math.floor(at / 1000) : at, key, items);
    if (account.network === 'whatsapp') delete (payload.entry[0] as Record<string, unknown>).time;
    const body = metaJson(payload);
    void deliverSigned(this.context, account.subscription.url, body, { 'x-hub-signature-256': metaSignature(account.subscription.secret, body) }, eventIds);
  }

  handle(request: ApiRequest): ApiAnswer {
    return graphAnswer(this, this.context, request);
  }

  echoMessage(account: MetaAccount, recipient: string, mid: string, text: string): void {
    this.push(account, [mid], 'messaging', [messagingItem(account.id, recipient, this.context.now(), { mid, is_echo: true, app_id: 1517776481860111, text })], this.context.now());
  }

  whatsappStatuses(account: MetaAccount, wamid: string, recipient: string): void {
    for (const status of ['sent', 'delivered']) {
      this.push(account, [`${wamid}:${status}`], 'changes', [waValue(account.id, '15550783881', { statuses: [waStatus({ id: wamid, status, at: this.context.now(), recipient })] })], this.context.now());
    }
  }
}

export type { Subscription };
