import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { conversationScope, inScope } from './conversation-policy.ts';
import { abilitiesOf, hasAbility } from './abilities.ts';
import { isVendorOnly, type Principal } from './principal.ts';

const person = (overrides: Partial<Principal>): Principal => ({
  workspaceId: 'w1', userId: 'u1', name: 'Ana', email: 'ana@acme.test', role: 'agent', teamIds: ['care'],
  vendorOnly: false, via: 'session', ...overrides,
});

describe('conversation scope', () => {
  it('gives in-house admins and supervisors the workspace and everyone else their teams', () => {
    assert.equal(conversationScope(person({ role: 'admin' })).kind, 'workspace');
    assert.equal(conversationScope(person({ role: 'supervisor' })).kind, 'workspace');
    assert.deepEqual(conversationScope(person({ role: 'agent' })), { kind: 'teams', workspaceId: 'w1', teamIds: ['care'] });
    assert.equal(conversationScope(person({ role: 'supervisor', vendorOnly: true, teamIds: ['vendor'] })).kind, 'teams',
      'a vendor\'s team lead still sees only the vendor queue');
  });

  it('never lets a conversation of another workspace or team in', () => {
    const scope = conversationScope(person({ teamIds: ['care'] }));
    assert.equal(inScope(scope, { workspaceId: 'w1', teamId: 'care' }), true);
    assert.equal(inScope(scope, { workspaceId: 'w1', teamId: 'pr' }), false);
    assert.equal(inScope(scope, { workspaceId: 'w1', teamId: null }), false);
    assert.equal(inScope(conversationScope(person({ role: 'admin' })), { workspaceId: 'w2', teamId: 'care' }), false);
  });
});

describe('abilities', () => {
  it('keeps vendor-only people away from workspace analytics and private contact fields', () => {
    const vendor = person({ vendorOnly: true });
    assert.equal(hasAbility(vendor, 'conversation.reply'), true);
    assert.equal(hasAbility(vendor, 'analytics.workspace'), false);
    assert.equal(hasAbility(vendor, 'contact.read_private'), false);
    assert.equal(hasAbility(person({}), 'contact.read_private'), true);
  });

  it('limits read-scoped tokens to reading', () => {
    const reader = person({ role: 'admin', via: 'token', tokenScope: 'read' });
    assert.equal(hasAbility(reader, 'conversation.read'), true);
    assert.equal(hasAbility(reader, 'conversation.reply'), false);
    assert.ok(abilitiesOf(reader).every((a) => !a.endsWith('.manage')));
  });

  it('treats only people in nothing but vendor teams as vendor-only', () => {
    assert.equal(isVendorOnly([{ kind: 'vendor' }]), true);
    assert.equal(isVendorOnly([{ kind: 'vendor' }, { kind: 'care' }]), false);
    assert.equal(isVendorOnly([]), false);
  });
});
