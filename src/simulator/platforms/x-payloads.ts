// X objects in the shapes the platform sends: v1.1 tweets and DM events for Account Activity
// webhooks (wire formats §1d), v2 objects for the mentions timeline and DM lookups.

export interface XUser {
  id: string;
  handle: string;
  name: string;
  followers: number;
  verified: boolean;
}

export interface XTweet {
  id: string;
  text: string;
  author: XUser;
  at: number;
  inReplyToId: string | null;
  inReplyToUser: XUser | null;
  conversationId: string;
  lang: string;
}

export interface XDm {
  id: string;
  text: string;
  sender: XUser;
  recipient: XUser;
  at: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** X's v1.1 date format: "Wed Jan 10 12:00:00 +0000 2024". */
export function xDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

export const v1User = (u: XUser) => ({ id: Number(u.id) < Number.MAX_SAFE_INTEGER ? Number(u.id) : undefined, id_str: u.id, name: u.name, screen_name: u.handle, followers_count: u.followers, verified: u.verified });
export const v2User = (u: XUser) => ({ id: u.id, name: u.name, username: u.handle, verified: u.verified, public_metrics: { followers_count: u.followers } });

export function v1Tweet(t: XTweet): Record<string, unknown> {
  const long = t.text.length > 140;
  const mentions = [...t.text.matchAll(/@(\w+)/g)].map((m) => ({ screen_name: m[1], indices: [m.index, m.index + m[0].length] }));
  return {
    created_at: xDate(t.at), id_str: t.id, text: long ? `${t.text.slice(0, 139)}…` : t.text, truncated: long,
    ...(long ? { extended_tweet: { full_text: t.text, display_text_range: [0, t.text.length] } } : {}),
    in_reply_to_status_id_str: t.inReplyToId, in_reply_to_user_id_str: t.inReplyToUser?.id ?? null, in_reply_to_screen_name: t.inReplyToUser?.handle ?? null,
    user: v1User(t.author), lang: t.lang, retweet_count: 0, favorite_count: 0, reply_count: 0,
    entities: { hashtags: [], urls: [], symbols: [], user_mentions: mentions },
  };
}

export function v1DmEvent(dm: XDm): Record<string, unknown> {
  return {
    type: 'message_create', id: dm.id, created_timestamp: String(dm.at),
    message_create: { target: { recipient_id: dm.recipient.id }, sender_id: dm.sender.id, message_data: { text: dm.text, entities: { hashtags: [], symbols: [], urls: [], user_mentions: [] } } },
  };
}

export function v2Tweet(t: XTweet): Record<string, unknown> {
  return {
    id: t.id, text: t.text, author_id: t.author.id, conversation_id: t.conversationId, created_at: new Date(t.at).toISOString(), lang: t.lang,
    edit_history_tweet_ids: [t.id],
    ...(t.inReplyToUser ? { in_reply_to_user_id: t.inReplyToUser.id } : {}),
    ...(t.inReplyToId ? { referenced_tweets: [{ type: 'replied_to', id: t.inReplyToId }] } : {}),
    public_metrics: { retweet_count: 0, reply_count: 0, like_count: 0, quote_count: 0 },
  };
}

export function dmConversationId(a: string, b: string): string {
  return BigInt(a) < BigInt(b) ? `${a}-${b}` : `${b}-${a}`;
}

export function v2DmEvent(dm: XDm): Record<string, unknown> {
  return { id: dm.id, event_type: 'MessageCreate', text: dm.text, sender_id: dm.sender.id, dm_conversation_id: dmConversationId(dm.sender.id, dm.recipient.id), created_at: new Date(dm.at).toISOString() };
}
