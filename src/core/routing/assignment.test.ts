import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chooseAgent, withOneMore, type AgentCandidate, type WorkItem } from './assignment.ts';
import { teamRoutingSettingsSchema, type TeamRoutingSettingsInput } from './routing-settings.ts';
import { compareQueued, queueRank } from './queue-order.ts';
import { MINUTE } from '../clock.ts';

const agent = (userId: string, overrides: Partial<AgentCandidate> = {}): AgentCandidate => ({
  userId, presence: 'online', autoAssign: true, skills: { languages: [], topics: [] }, capacity: null,
  load: { total: 0, perChannel: {} }, lastAssignedAt: 0, ...overrides,
});
const item = (overrides: Partial<WorkItem> = {}): WorkItem => ({ conversationId: 'c1', network: 'x', language: 'en', topic: 'billing', ...overrides });
const settings = (input: TeamRoutingSettingsInput = {}) => teamRoutingSettingsSchema.parse(input);

describe('chooseAgent', () => {
  it('considers only online agents who take auto-assignment and have room on this channel', () => {
    const team = [
      agent('away', { presence: 'away' }), agent('offline', { presence: 'offline' }), agent('manual', { autoAssign: false }),
      agent('full', { load: { total: 8, perChannel: {} } }), agent('x-full', { load: { total: 2, perChannel: { x: 2 } } }), agent('free', { lastAssignedAt: 5 }),
    ];
    const choice = chooseAgent(item(), team, settings({ capacity: { total: 8, perChannel: { x: 2 } } }));
    assert.equal(choice?.userId, 'free');
    assert.equal(choice?.eligible, 1);
    assert.equal(chooseAgent(item({ network: 'email' }), team, settings({ capacity: { total: 8, perChannel: { x: 2 } } }))?.eligible, 2,
      'a per-channel limit binds only that channel');
    assert.equal(chooseAgent(item(), [agent('a', { capacity: { total: 0, perChannel: {} } })], settings()), null, 'an own capacity of 0 takes nothing');
  });

  it('round robin takes the agent assigned longest ago; balanced takes the lowest load for the capacity', () => {
    const team = [
      agent('a', { lastAssignedAt: 30, load: { total: 1, perChannel: {} } }),
      agent('b', { lastAssignedAt: 10, load: { total: 4, perChannel: {} } }),
      agent('c', { lastAssignedAt: 20, load: { total: 3, perChannel: {} }, capacity: { total: 16, perChannel: {} } }),
    ];
    assert.equal(chooseAgent(item(), team, settings({ strategy: 'round_robin' }))?.userId, 'b');
    assert.equal(chooseAgent(item(), team, settings({ strategy: 'balanced' }))?.userId, 'a', '1/8 < 3/16 < 4/8');
  });

  it('prefers skilled agents, and falls back to others when the skilled ones are full', () => {
    const team = [agent('de', { skills: { languages: ['de'], topics: [] } }), agent('en', { skills: { languages: ['en'], topics: [] }, lastAssignedAt: 99 }), agent('any')];
    assert.equal(chooseAgent(item(), team, settings())?.userId, 'en');
    assert.equal(chooseAgent(item({ language: 'de' }), team, settings())?.userId, 'de');
    const full = team.map((a) => (a.userId === 'en' ? { ...a, load: { total: 8, perChannel: {} } } : a));
    assert.equal(chooseAgent(item(), full, settings())?.userId, 'any', 'an unrestricted agent before a non-speaker');
    assert.equal(chooseAgent(item({ topic: 'billing' }), [agent('t', { skills: { languages: [], topics: ['billing'] } }), agent('u', { lastAssignedAt: -1 })], settings())?.userId, 't');
  });

  it('with required skills waits for a skilled agent, unless nobody in the team has the skill', () => {
    const team = [agent('de', { skills: { languages: ['de'], topics: [] } }), agent('en-busy', { skills: { languages: ['en'], topics: [] }, load: { total: 8, perChannel: {} } })];
    assert.equal(chooseAgent(item(), team, settings({ skills: 'required' })), null, 'the English speaker is busy: wait for them');
    assert.equal(chooseAgent(item({ language: 'pt' }), team, settings({ skills: 'required' }))?.userId, 'de', 'nobody speaks Portuguese: anyone');
  });

  it('leaves out excluded agents (the one who just gave it back)', () => {
    assert.equal(chooseAgent(item(), [agent('a'), agent('b', { lastAssignedAt: 9 })], settings(), new Set(['a']))?.userId, 'b');
  });

  it('counts one more conversation on the channel', () => {
    assert.deepEqual(withOneMore({ total: 2, perChannel: { x: 1 } }, 'x'), { total: 3, perChannel: { x: 2 } });
  });
});

describe('queue order', () => {
  it('drains by priority, then age; each priority level is worth the ageing step of waiting', () => {
    const step = 15 * MINUTE;
    const queue = [
      { conversationId: 'old-low', priority: 0, queuedAt: 0 },
      { conversationId: 'new-urgent', priority: 4, queuedAt: 30 * MINUTE },
      { conversationId: 'new-high', priority: 3, queuedAt: 31 * MINUTE },
      { conversationId: 'ancient-low', priority: 0, queuedAt: -3 * 60 * MINUTE },
      { conversationId: 'new-low', priority: 0, queuedAt: 32 * MINUTE },
    ];
    assert.deepEqual([...queue].sort(compareQueued(step)).map((q) => q.conversationId), ['ancient-low', 'new-urgent', 'new-high', 'old-low', 'new-low']);
    assert.equal(queueRank({ priority: 2, queuedAt: 100 * MINUTE }, step), 70 * MINUTE);
  });
});
