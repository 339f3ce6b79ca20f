// X payload shapes Earshot reads, as zod schemas shared with the simulator. Account Activity
// delivers v1.1-shaped objects (wire formats §1d); polling reads v2 objects. Ids are always the
// string forms (`id_str`): they exceed 2^53.
import { z } from 'zod';

export const v1UserSchema = z.looseObject({
  id_str: z.string(),
  screen_name: z.string(),
  name: z.string().optional(),
  followers_count: z.number().optional(),
  verified: z.boolean().optional(),
  is_blue_verified: z.boolean().optional(),
  profile_image_url_https: z.string().optional(),
});

export const v1TweetSchema = z.looseObject({
  id_str: z.string(),
  created_at: z.string(),
  text: z.string().optional(),
  full_text: z.string().optional(),
  truncated: z.boolean().optional(),
  extended_tweet: z.looseObject({ full_text: z.string() }).optional(),
  in_reply_to_status_id_str: z.string().nullish(),
  in_reply_to_user_id_str: z.string().nullish(),
  user: v1UserSchema,
  retweeted_status: z.unknown().optional(),
  is_quote_status: z.boolean().optional(),
  lang: z.string().nullish(),
  retweet_count: z.number().optional(),
  favorite_count: z.number().optional(),
  reply_count: z.number().optional(),
  extended_entities: z.looseObject({
    media: z.array(z.looseObject({ type: z.string(), media_url_https: z.string().optional() })),
  }).optional(),
});
export type V1Tweet = z.output<typeof v1TweetSchema>;

export const v1DmEventSchema = z.looseObject({
  type: z.literal('message_create'),
  id: z.string(),
  created_timestamp: z.string().regex(/^\d+$/, 'expected epoch milliseconds'),
  message_create: z.looseObject({
    target: z.looseObject({ recipient_id: z.string() }),
    sender_id: z.string(),
    message_data: z.looseObject({
      text: z.string(),
      attachment: z.looseObject({ type: z.string(), media: z.looseObject({ media_url_https: z.string().optional(), type: z.string().optional() }).optional() }).optional(),
    }),
  }),
});

export const v2UserSchema = z.looseObject({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  verified: z.boolean().optional(),
  verified_type: z.string().optional(),
  public_metrics: z.looseObject({ followers_count: z.number().optional() }).optional(),
});
export type V2User = z.output<typeof v2UserSchema>;

export const v2TweetSchema = z.looseObject({
  id: z.string(),
  text: z.string(),
  author_id: z.string(),
  created_at: z.string(),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  lang: z.string().optional(),
  referenced_tweets: z.array(z.looseObject({ type: z.string(), id: z.string() })).optional(),
  public_metrics: z.looseObject({ retweet_count: z.number().optional(), reply_count: z.number().optional(), like_count: z.number().optional() }).optional(),
});
export type V2Tweet = z.output<typeof v2TweetSchema>;

export const v2DmEventSchema = z.looseObject({
  id: z.string(),
  event_type: z.string(),
  text: z.string().optional(),
  sender_id: z.string().optional(),
  dm_conversation_id: z.string().optional(),
  created_at: z.string(),
});

/** What Earshot stores for an event it polled: the v2 object with the users it references. */
export const polledEventSchema = z.looseObject({
  source: z.literal('poll'),
  for_user_id: z.string(),
  tweet: z.unknown().optional(),
  dm_event: z.unknown().optional(),
  users: z.array(z.unknown()).default([]),
});
