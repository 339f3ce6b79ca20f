// The traffic generator: deterministic by seed, and with the mix a care team actually sees.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrafficGenerator } from './traffic-generator.ts';

const take = (n: number, seed = 7) => {
  const generator = new TrafficGenerator({ seed, stormChance: 0.01 });
  return Array.from({ length: n }, () => generator.next());
};

describe('traffic generator', () => {
  it('plays the same stream for the same seed, and another for another seed', () => {
    assert.deepEqual(take(300), take(300));
    assert.notDeepEqual(take(50, 1).map((a) => a.text), take(50, 2).map((a) => a.text));
  });

  it('mixes networks, kinds, categories, languages and follower counts', () => {
    const stream = take(3000);
    const count = (key: (a: (typeof stream)[number]) => string) => stream.reduce((m, a) => m.set(key(a), (m.get(key(a)) ?? 0) + 1), new Map<string, number>());
    assert.deepEqual([...count((a) => a.network).keys()].sort(), ['facebook', 'instagram', 'whatsapp', 'x']);
    for (const category of ['complaint', 'question', 'praise', 'chatter', 'spam']) assert.ok((count((a) => a.category).get(category) ?? 0) > 50, category);
    assert.ok(count((a) => a.language).size >= 5, 'several languages');
    assert.ok(stream.some((a) => a.author.followers > 1_000_000 && a.author.verified), 'some very large verified accounts');
    assert.ok(stream.filter((a) => a.author.followers < 100).length > stream.length / 4, 'mostly small accounts');
    assert.ok(stream.some((a) => a.variant === 'image') && stream.some((a) => a.variant === 'button'));
  });

  it('moves time forward, quieter at night than in the evening, with bursts', () => {
    const stream = take(5000);
    for (let i = 1; i < stream.length; i++) assert.ok(stream[i]!.at > stream[i - 1]!.at);
    const byHour = new Array<number>(24).fill(0);
    for (const a of stream) byHour[new Date(a.at).getUTCHours()]! += 1;
    assert.ok(byHour[19]! > byHour[3]! * 3, `evening ${byHour[19]} vs night ${byHour[3]}`);
  });

  it('threads: replies point at earlier public activity, and some commenters move to DMs', () => {
    const stream = take(2000);
    const bySeq = new Map(stream.map((a) => [a.seq, a]));
    const replies = stream.filter((a) => a.replyToSeq !== undefined);
    assert.ok(replies.length > 100);
    for (const reply of replies) {
      const parent = bySeq.get(reply.replyToSeq!)!;
      assert.ok(parent.seq < reply.seq && parent.network === reply.network && parent.kind !== 'dm');
    }
    assert.ok(stream.some((a) => a.kind === 'dm' && a.text.startsWith('Hi, following up')));
  });
});
