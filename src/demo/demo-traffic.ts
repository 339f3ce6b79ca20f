// The demo's live feed: the network simulator plays customer traffic into the demo workspace's
// channel accounts (one per network), and each message Earshot takes in is printed as it lands.
import type { Earshot } from '../app/earshot.ts';
import type { AnyDomainEvent } from '../core/events.ts';
import type { NetworkSimulator } from '../simulator/simulator.ts';
import { connectToSimulator, ensureSimulatedAccounts } from './simulated-accounts.ts';

const LABELS: Record<string, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram', whatsapp: 'WhatsApp' };

const compact = (n: number | null): string => n === null ? '?' : n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)}M` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);

/** One printable line for a new message. */
async function describe(earshot: Earshot, messageId: string): Promise<string | null> {
  const row = await earshot.storage.db.selectFrom('messages')
    .innerJoin('channel_accounts', 'channel_accounts.id', 'messages.channel_account_id')
    .leftJoin('contact_identities', 'contact_identities.id', 'messages.author_identity_id')
    .select(['channel_accounts.network', 'messages.kind', 'messages.body', 'messages.direction', 'contact_identities.handle', 'contact_identities.display_name', 'contact_identities.followers', 'contact_identities.verified'])
    .where('messages.id', '=', messageId).executeTakeFirst();
  // An Instagram mention arrives as ids; it is printed once its text has been fetched.
  if (!row || (row.kind === 'mention' && row.body === '')) return null;
  const name = row.network === 'x' || row.network === 'instagram' ? (row.handle ? `@${row.handle}` : null) : row.display_name;
  const reach = row.followers === null ? '' : ` (${compact(Number(row.followers))} followers)`;
  const who = row.direction === 'outbound' ? 'Acme Air (reply)' : `${name ?? row.display_name ?? 'someone'}${row.verified ? ' ✔' : ''}${reach}`;
  const text = row.body.replace(/\s+/g, ' ').slice(0, 90) || '(no text: open it on the network)';
  return `  ${(LABELS[row.network] ?? row.network).padEnd(9)} ${row.kind.padEnd(8)} ${who}: ${text}`;
}

export async function startDemoTraffic(earshot: Earshot, sim: NetworkSimulator, options: { url: string; workspaceId: string; teamId: string | null; perSecond: number; seed: number; print: (line: string) => void }): Promise<void> {
  const accounts = await ensureSimulatedAccounts(earshot.storage.db, earshot.keyRing, earshot.clock, options.workspaceId, { defaultTeamId: options.teamId });
  await connectToSimulator(sim, options.url, accounts);
  earshot.dispatcher.subscribe(async (events: readonly AnyDomainEvent[]) => {
    for (const event of events) {
      const completed = event.type === 'message.edited';
      if (event.type !== 'message.created' && !completed) continue;
      const line = await describe(earshot, event.payload.messageId);
      if (line) options.print(line);
    }
  });
  if (options.perSecond > 0) sim.playTraffic({ seed: options.seed, perSecond: options.perSecond });
}
