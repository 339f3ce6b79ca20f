// A listening Earshot wired to a network simulator: API base URLs point at the simulator, and one
// account per network is connected on both sides (Earshot holds the credentials, the simulator
// delivers signed webhooks to Earshot's webhook URLs).
import { NetworkSimulator, type SimulatorOptions } from '../../src/simulator/simulator.ts';
import type { SimNetwork } from '../../src/simulator/traffic/traffic-generator.ts';
import { startTestApp, type TestApp } from './app.ts';
import type { Clock } from '../../src/core/clock.ts';
import { TEST_SECRETS, connectAccount, type ConnectedAccount } from './channels.ts';

export const EXTERNAL_IDS: Record<SimNetwork, string> = { x: '2244994945', facebook: '448242228374517', instagram: '17841400000000000', whatsapp: '106540352242922' };
const TOKENS: Record<SimNetwork, string> = { x: TEST_SECRETS.x!.accessToken!, facebook: TEST_SECRETS.facebook!.pageAccessToken!, instagram: TEST_SECRETS.instagram!.accessToken!, whatsapp: TEST_SECRETS.whatsapp!.accessToken! };

export interface SimulatedEarshot {
  app: TestApp;
  sim: NetworkSimulator;
  url: string;
  accounts: Record<SimNetwork, ConnectedAccount>;
  close(): Promise<void>;
}

export async function startSimulatedEarshot(options: { simulator?: SimulatorOptions; webhooks?: readonly SimNetwork[]; settings?: Partial<Record<SimNetwork, Record<string, unknown>>>; clock?: Clock } = {}): Promise<SimulatedEarshot> {
  const sim = new NetworkSimulator({ seed: 42, ...options.simulator, delivery: { retryBaseMs: 50, duplicateRate: 0.02, ...options.simulator?.delivery } });
  await sim.start();
  const app = await startTestApp({ ...(options.clock ? { clock: options.clock } : {}), env: { EARSHOT_X_API_URL: sim.apiUrls.x, EARSHOT_META_GRAPH_URL: sim.apiUrls.meta, EARSHOT_CHANNEL_TIMEOUT_MS: '2000' } });
  const url = (await app.earshot.listen()).replace('localhost', '127.0.0.1');
  const accounts = {} as Record<SimNetwork, ConnectedAccount>;
  const webhooks = new Set(options.webhooks ?? ['x', 'facebook', 'instagram', 'whatsapp']);
  for (const network of ['x', 'facebook', 'instagram', 'whatsapp'] as const) {
    const account = await connectAccount(app, network, EXTERNAL_IDS[network], options.settings?.[network] ? { settings: options.settings[network] } : {});
    accounts[network] = account;
    const secrets = TEST_SECRETS[network]!;
    await sim.connect({
      network, externalId: account.externalId, accessToken: TOKENS[network], name: 'Acme Air',
      ...(webhooks.has(network) ? { webhook: { url: `${url}/webhooks/${network}/${account.id}`, secret: secrets.consumerSecret ?? secrets.appSecret!, verifyToken: secrets.verifyToken ?? '' } } : {}),
    });
  }
  return { app, sim, url, accounts, close: async () => { await sim.stop(); await app.close(); } };
}
