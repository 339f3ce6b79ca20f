// Names for the shapes the app uses, taken from the generated schema (the server's zod schemas).
import type { paths } from './schema';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The success body of an operation. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> =
  paths[P][M] extends { responses: infer R } ? Json<R extends { 200: infer A } ? A : R extends { 201: infer B } ? B : never> : never;
/** The JSON request body of an operation. */
export type Body<P extends keyof paths, M extends keyof paths[P]> =
  paths[P][M] extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

export type Session = Ok<'/api/session', 'get'>;
export type Ability = Session['abilities'][number];
export type User = Ok<'/api/users', 'get'>['users'][number];
export type Team = Ok<'/api/teams', 'get'>['teams'][number];
export type Channel = Ok<'/api/channels', 'get'>['channels'][number];
export type ChannelHealth = Ok<'/api/channels/{id}/health', 'get'>;
export type ConversationDetail = Ok<'/api/conversations/{id}', 'get'>;
export type Message = ConversationDetail['messages'][number];
export type RoutedConversation = Ok<'/api/conversations/{id}/routing', 'get'>['conversation'];
export type Contact = Ok<'/api/contacts/{id}', 'get'>;
export type ReplyOptions = Ok<'/api/conversations/{id}/reply-options', 'get'>;
export type ReplyOption = ReplyOptions['options'][number];
export type ReplyKind = ReplyOption['kind'];
export type Canned = Ok<'/api/canned-responses', 'get'>['cannedResponses'][number];
export type SlaPolicy = Ok<'/api/sla/policies', 'get'>['policies'][number];
export type AuditEntry = Ok<'/api/audit', 'get'>['entries'][number];
export type DryRun = Ok<'/api/routing/rules/dry-run', 'post'>;
export type Presence = Ok<'/api/presence', 'get'>['people'][number];
export type InboxQuery = NonNullable<paths['/api/inbox']['get']['parameters']['query']>;
export type View = NonNullable<InboxQuery['view']>;
export type InboxPage = Ok<'/api/inbox', 'get'>;
export type InboxRow = InboxPage['conversations'][number];
export type Influence = InboxRow['author']['influence'];
export type SlaState = InboxRow['sla']['state'];
export type FilterQuery = Body<'/api/inbox/filters', 'post'>['query'];
