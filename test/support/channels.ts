// Channel accounts with known credentials and signed webhook requests, for tests that deliver
// platform payloads to a running Earshot.
import { metaSignature } from '../../src/channels/meta/meta-signature.ts';
import { xSignature } from '../../src/channels/x/x-signature.ts';
import type { TestApp } from './app.ts';

export const TEST_SECRETS: Record<string, Record<string, string>> = {
  x: { consumerSecret: 'x-consumer-secret', accessToken: 'x-user-token' },
  facebook: { appSecret: 'fb-app-secret', verifyToken: 'fb-verify', pageAccessToken: 'EAApage' },
  instagram: { appSecret: 'ig-app-secret', verifyToken: 'ig-verify', accessToken: 'EAAig' },
  whatsapp: { appSecret: 'wa-app-secret', verifyToken: 'wa-verify', accessToken: 'EAAwa' },
};

/** The headers a platform sends with `body`, signed as it signs them. */
export function signatureHeaders(network: string, body: string | Buffer, secret?: string): Record<string, string> {
  const secrets = TEST_SECRETS[network]!;
  if (network === 'x') return { 'content-type': 'application/json', 'x-twitter-webhooks-signature': xSignature(secret ?? secrets.consumerSecret!, body) };
  return { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(secret ?? secrets.appSecret!, body) };
}

export interface ConnectedAccount { id: string; network: string; externalId: string }

/** Connects an account through the API as the workspace admin. */
export async function connectAccount(app: TestApp, network: string, externalId: string, extra: { defaultTeamId?: string; settings?: Record<string, unknown> } = {}): Promise<ConnectedAccount> {
  const admin = await app.as('admin');
  const response = await admin.request('POST', '/api/channels', { network, name: `Acme on ${network}`, externalId, credentials: TEST_SECRETS[network], ...extra });
  if (response.statusCode !== 201) throw new Error(`connect ${network} failed: ${response.statusCode} ${response.body}`);
  return { id: response.json().id, network, externalId };
}

export async function deliver(app: TestApp, account: ConnectedAccount, body: string | Buffer, headers = signatureHeaders(account.network, body)) {
  return app.earshot.http.inject({ method: 'POST', url: `/webhooks/${account.network}/${account.id}`, headers, payload: body });
}
