import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, HOUR } from '../clock.ts';
import { replyOptions, type ReplyFacts, type ReplyRules } from './reply-options.ts';
import { renderTemplate, unknownVariables } from './canned-template.ts';

const messenger: ReplyRules = { surfaces: ['public', 'private'], replyKinds: ['public_reply', 'private_reply', 'dm'], messagingWindowHours: 24, humanAgentWindowHours: 168, templatesOutsideWindow: false, privateReplyToCommentHours: 168, maxTextLength: 2000 };
const whatsapp: ReplyRules = { surfaces: ['private'], replyKinds: ['dm'], messagingWindowHours: 24, humanAgentWindowHours: null, templatesOutsideWindow: true, privateReplyToCommentHours: null, maxTextLength: 4096 };
const x: ReplyRules = { surfaces: ['public', 'private'], replyKinds: ['public_reply', 'dm'], messagingWindowHours: null, humanAgentWindowHours: null, templatesOutsideWindow: false, privateReplyToCommentHours: null, maxTextLength: 280 };

const now = Date.UTC(2026, 5, 10, 12);
const facts = (overrides: Partial<ReplyFacts>): ReplyFacts => ({ now, surface: 'private', lastInboundAt: now - HOUR, humanAgentTagEnabled: false, networkName: 'Messenger', ...overrides });
const dm = (rules: ReplyRules, f: Partial<ReplyFacts>) => replyOptions(rules, facts(f)).find((o) => o.kind === 'dm')!;

describe('reply options', () => {
  it('opens the Messenger window for 24 hours after the customer\'s last message', () => {
    const inside = dm(messenger, { lastInboundAt: now - 23 * HOUR });
    assert.equal(inside.allowed, true);
    assert.equal(inside.closesAt, now + HOUR);
    const outside = dm(messenger, { lastInboundAt: now - 25 * HOUR });
    assert.equal(outside.allowed, false);
    assert.match(outside.reason!, /24-hour messaging window closed/);
    assert.ok(outside.suggestion);
  });

  it('lets a person answer with the human-agent tag up to 7 days, where enabled', () => {
    const tagged = dm(messenger, { lastInboundAt: now - 3 * DAY, humanAgentTagEnabled: true });
    assert.deepEqual([tagged.allowed, tagged.humanAgentTag, tagged.closesAt], [true, true, now + 4 * DAY]);
    assert.equal(dm(messenger, { lastInboundAt: now - 8 * DAY, humanAgentTagEnabled: true }).allowed, false);
  });

  it('allows only templates on WhatsApp outside the 24-hour window', () => {
    assert.equal(dm(whatsapp, { lastInboundAt: now - 2 * HOUR, networkName: 'WhatsApp' }).freeForm, true);
    const outside = dm(whatsapp, { lastInboundAt: now - 2 * DAY, networkName: 'WhatsApp' });
    assert.deepEqual([outside.allowed, outside.freeForm, outside.requiresTemplate], [true, false, true]);
  });

  it('allows one private reply to a comment within 7 days', () => {
    const option = (comment: ReplyFacts['comment']) => replyOptions(messenger, facts({ surface: 'public', comment })).find((o) => o.kind === 'private_reply')!;
    assert.equal(option({ createdAt: now - 6 * DAY, alreadyAnsweredPrivately: false }).allowed, true);
    assert.equal(option({ createdAt: now - 8 * DAY, alreadyAnsweredPrivately: false }).allowed, false);
    assert.match(option({ createdAt: now - DAY, alreadyAnsweredPrivately: true }).reason!, /already has its one private reply/);
  });

  it('has no window on X and no public reply in a private thread', () => {
    assert.equal(dm(x, { lastInboundAt: now - 30 * DAY }).allowed, true);
    assert.equal(replyOptions(x, facts({ surface: 'private' })).find((o) => o.kind === 'public_reply')!.allowed, false);
  });
});

describe('canned responses', () => {
  const context = { contact: { name: 'Jane van Dijk', handle: 'jane' }, agent: { name: 'Ana Care' }, workspace: { name: 'Acme Air' }, channel: { name: 'Acme on X', network: 'x' } };

  it('fills in variables as plain text', () => {
    assert.equal(renderTemplate('Hi {{contact.first_name}}, {{ agent.first_name }} from {{workspace.name}} here.', context), 'Hi Jane, Ana from Acme Air here.');
    assert.equal(renderTemplate('Hi {{contact.first_name}}', { ...context, contact: { name: null, handle: null } }), 'Hi there');
  });

  it('refuses unknown variables instead of sending a blank', () => {
    assert.deepEqual(unknownVariables('Hi {{contact.nickname}} {{agent.name}}'), ['contact.nickname']);
    assert.throws(() => renderTemplate('Hi {{contact.nickname}}', context), /Unknown variable/);
  });
});
