// One channel account per network, wired to the network simulator: stored in Earshot with sealed
// credentials (what an admin would enter), and connected on the simulator's side with webhooks
// to Earshot's URLs (what the platform's app settings would hold). Used by the demo, the ingest
// benchmark and the crash test. The secrets are demo values, only ever used against the simulator.
import type { Clock } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { KeyRing } from '../security/secrets.ts';
import { sealJson } from '../security/secrets.ts';
import type { Executor } from '../storage/storage.ts';
import { findChannelAccountByExternalId, insertChannelAccount } from '../storage/repositories/channel-accounts.repository.ts';
import type { NetworkSimulator } from '../simulator/simulator.ts';
import type { SimNetwork } from '../simulator/traffic/traffic-generator.ts';

interface Spec { externalId: string; name: string; secrets: Record<string, string>; token: string; signing: string }

export const SIMULATED_ACCOUNTS: Record<SimNetwork, Spec> = {
  x: { externalId: '2244994945', name: '@AcmeAir on X', secrets: { consumerSecret: 'demo-x-consumer-secret', accessToken: 'demo-x-user-token' }, token: 'demo-x-user-token', signing: 'consumerSecret' },
  facebook: { externalId: '448242228374517', name: 'Acme Air (Facebook)', secrets: { appSecret: 'demo-meta-app-secret', verifyToken: 'demo-verify', pageAccessToken: 'demo-page-token' }, token: 'demo-page-token', signing: 'appSecret' },
  instagram: { externalId: '17841400000000000', name: '@acmeair on Instagram', secrets: { appSecret: 'demo-meta-app-secret', verifyToken: 'demo-verify', accessToken: 'demo-ig-token' }, token: 'demo-ig-token', signing: 'appSecret' },
  whatsapp: { externalId: '106540352242922', name: 'Acme Air WhatsApp', secrets: { appSecret: 'demo-meta-app-secret', verifyToken: 'demo-verify', accessToken: 'demo-wa-token' }, token: 'demo-wa-token', signing: 'appSecret' },
};

export type SimulatedAccounts = Record<SimNetwork, ChannelAccount>;

/** Stores the four accounts in the workspace (once; a second call finds them). */
export async function ensureSimulatedAccounts(db: Executor, keyRing: KeyRing, clock: Clock, workspaceId: string, options: { defaultTeamId?: string | null; networks?: readonly SimNetwork[] } = {}): Promise<Partial<SimulatedAccounts>> {
  const accounts: Partial<SimulatedAccounts> = {};
  for (const network of options.networks ?? (Object.keys(SIMULATED_ACCOUNTS) as SimNetwork[])) {
    const spec = SIMULATED_ACCOUNTS[network];
    const existing = await findChannelAccountByExternalId(db, network, spec.externalId);
    if (existing) {
      accounts[network] = existing;
      continue;
    }
    const now = clock.now();
    const account: ChannelAccount = {
      id: newId(now), workspaceId, network, name: spec.name, externalId: spec.externalId, settings: {}, status: 'active',
      defaultTeamId: options.defaultTeamId ?? null, createdAt: now, updatedAt: now,
    };
    await insertChannelAccount(db, { ...account, sealedCredentials: sealJson(keyRing, spec.secrets, account.id) });
    accounts[network] = account;
  }
  return accounts;
}

/** Connects the accounts on the simulator, with webhooks to the Earshot at `earshotUrl`. */
export async function connectToSimulator(sim: NetworkSimulator, earshotUrl: string, accounts: Partial<SimulatedAccounts>): Promise<void> {
  for (const [network, account] of Object.entries(accounts) as Array<[SimNetwork, ChannelAccount]>) {
    const spec = SIMULATED_ACCOUNTS[network];
    await sim.connect({
      network, externalId: account.externalId, accessToken: spec.token, name: 'Acme Air',
      webhook: { url: `${earshotUrl}/webhooks/${network}/${account.id}`, secret: spec.secrets[spec.signing]!, verifyToken: spec.secrets.verifyToken ?? '' },
    });
  }
}
