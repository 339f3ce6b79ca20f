// The contract every ChannelAdapter passes, run against its recorded payloads (fixtures/*.json,
// each with a *.expected.json naming the events and what they mean). Used by
// adapters.contract.test.ts; a new network adds its adapter, signer and fixtures there.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelAdapter, ChannelSecrets, InboundItem, WebhookRequest } from './channel-adapter.ts';
import { MalformedPayload } from './shared/untrusted-json.ts';

export interface ContractSubject {
  adapter: ChannelAdapter;
  secrets: ChannelSecrets;
  fixturesDir: string;
  /** Headers the platform would send with `body`, signed with `secret`. */
  sign(body: Buffer, secret: string): Record<string, string>;
  /** The secret field that keys the signature. */
  signingSecretField: string;
  /** A valid handshake request and the body the platform expects back. */
  handshake: { query: Record<string, string>; expectBody: string; wrongQuery: Record<string, string> };
}

interface Expected {
  accountExternalId: string;
  events: Array<{ id?: string; idMatches?: string; items?: unknown[]; malformed?: string }>;
}

export function fixtureNames(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json')).sort();
}

function request(body: Buffer, headers: Record<string, string>, method = 'POST', query: Record<string, string> = {}): WebhookRequest {
  return { method, url: '/webhooks/test', query, headers, rawBody: body };
}

export function runAdapterContract(s: ContractSubject): void {
  const { adapter } = s;
  describe(`${adapter.network} adapter contract`, () => {
    const secret = s.secrets[s.signingSecretField]!;

    it('declares what it can do as data', () => {
      assert.ok(adapter.capabilities.surfaces.length > 0);
      assert.ok(adapter.capabilities.replyKinds.length > 0);
      assert.ok(adapter.capabilities.maxTextLength > 0);
      assert.ok(adapter.credentialFields.includes(s.signingSecretField));
      assert.equal(adapter.capabilities.inbound.includes('poll'), adapter.poller !== undefined, 'polls exactly when it has a poller');
    });

    it('answers the platform handshake, and refuses a wrong one', () => {
      const ok = adapter.handshake(request(Buffer.alloc(0), {}, 'GET', s.handshake.query), s.secrets);
      assert.equal(ok?.status, 200);
      assert.equal(ok?.body, s.handshake.expectBody);
      const wrong = adapter.handshake(request(Buffer.alloc(0), {}, 'GET', s.handshake.wrongQuery), { ...s.secrets, [s.signingSecretField]: 'other', verifyToken: 'other' });
      assert.ok(wrong === null || wrong.status === 403 || wrong.body !== s.handshake.expectBody);
      assert.equal(adapter.handshake(request(Buffer.from('{}'), {}, 'POST'), s.secrets), null, 'a POST is not a handshake');
    });

    for (const file of fixtureNames(s.fixturesDir)) {
      const raw = readFileSync(join(s.fixturesDir, file));
      const expected = JSON.parse(readFileSync(join(s.fixturesDir, file.replace(/\.json$/, '.expected.json')), 'utf8')) as Expected;

      it(`${file}: accepts its signature and rejects any other`, () => {
        assert.equal(adapter.verify(request(raw, s.sign(raw, secret)), s.secrets), true);
        const tampered = Buffer.from(raw);
        tampered.writeUInt8(tampered.readUInt8(tampered.length - 2) ^ 1, tampered.length - 2);
        assert.equal(adapter.verify(request(tampered, s.sign(raw, secret)), s.secrets), false, 'one changed byte');
        assert.equal(adapter.verify(request(raw, s.sign(raw, 'not-the-secret')), s.secrets), false, 'wrong secret');
        assert.equal(adapter.verify(request(raw, {}), s.secrets), false, 'unsigned');
        assert.equal(adapter.verify(request(raw, s.sign(raw, secret)), {}), false, 'no secret stored');
      });

      it(`${file}: splits into the expected events, each understandable alone`, () => {
        const events = adapter.split(raw);
        assert.equal(events.length, expected.events.length);
        events.forEach((event, i) => {
          const want = expected.events[i]!;
          if (want.id) assert.equal(event.platformEventId, want.id);
          if (want.idMatches) assert.match(event.platformEventId, new RegExp(want.idMatches));
          assert.equal(event.accountExternalId, expected.accountExternalId);
          assert.deepEqual(adapter.split(Buffer.from(event.body)).map((e) => e.platformEventId), [event.platformEventId], 'the stored body splits to itself');
        });
      });

      it(`${file}: normalizes each event, or quarantines a malformed one with a reason`, () => {
        adapter.split(raw).forEach((event, i) => {
          const want = expected.events[i]!;
          if (want.malformed) {
            assert.throws(() => adapter.normalize(event, expected.accountExternalId), (error: unknown) =>
              error instanceof MalformedPayload && new RegExp(want.malformed!).test(error.message));
            return;
          }
          const items = adapter.normalize(event, expected.accountExternalId);
          assert.equal(items.length, want.items!.length);
          items.forEach((item, j) => assert.partialDeepStrictEqual(item, want.items![j] as InboundItem));
          for (const item of items) if (item.type === 'message') assert.ok(Number.isFinite(item.createdAt) && item.createdAt > 0);
          assert.deepEqual(adapter.normalize(event, expected.accountExternalId), items, 'normalizing twice gives the same result');
        });
      });
    }

    it('refuses bodies that are not its payloads with a MalformedPayload', () => {
      for (const body of ['not json', '[]', '{"object":"something_else","entry":[]}', '{"entry":"nope"}', 'null']) {
        assert.throws(() => adapter.split(Buffer.from(body)), MalformedPayload, body);
      }
      // The reason is logged and shown to admins: it names what is wrong, never quotes the body.
      assert.throws(() => adapter.split(Buffer.from('{"secret-customer-text": ')), (error: unknown) => error instanceof MalformedPayload && !error.message.includes('secret'));
    });
  });
}
