// The channel accounts webhooks and jobs address, with their decrypted credentials, cached for a
// short time: a webhook burst must not read and decrypt the same row thousands of times a
// second. Reconnecting an account (new credentials) is picked up within the TTL, or at once
// through `forget`.
import type { Clock } from '../core/clock.ts';
import type { ChannelAccount } from '../core/channel/channel-account.ts';
import type { ChannelSecrets } from '../channels/channel-adapter.ts';
import { readChannelSecrets } from '../channels/channel-accounts.service.ts';
import type { KeyRing } from '../security/secrets.ts';
import type { Storage } from '../storage/storage.ts';
import { findChannelAccountById } from '../storage/repositories/channel-accounts.repository.ts';

export interface ChannelEntry {
  account: ChannelAccount;
  secrets: ChannelSecrets;
}

const TTL_MS = 30_000;
const MISS_TTL_MS = 5_000;

export class ChannelDirectory {
  private readonly cache = new Map<string, { entry: ChannelEntry | null; until: number; loading?: Promise<ChannelEntry | null> }>();
  private readonly accounts = new Map<string, { account: ChannelAccount | null; until: number }>();
  private readonly storage: Storage;
  private readonly keyRing: KeyRing;
  private readonly clock: Clock;

  constructor(deps: { storage: Storage; keyRing: KeyRing; clock: Clock }) {
    this.storage = deps.storage;
    this.keyRing = deps.keyRing;
    this.clock = deps.clock;
  }

  /** The account and its secrets, or null when there is no such account. */
  async get(id: string): Promise<ChannelEntry | null> {
    const now = this.clock.now();
    const cached = this.cache.get(id);
    if (cached && cached.until > now) return cached.loading ?? cached.entry;
    const loading = this.load(id);
    this.cache.set(id, { entry: null, until: Number.POSITIVE_INFINITY, loading });
    try {
      const entry = await loading;
      this.cache.set(id, { entry, until: now + (entry ? TTL_MS : MISS_TTL_MS) });
      return entry;
    } catch (error) {
      this.cache.delete(id);
      throw error;
    }
  }

  /** The account alone, for code that does not sign or call the platform (processing). */
  async account(id: string): Promise<ChannelAccount | null> {
    const now = this.clock.now();
    const cached = this.accounts.get(id);
    if (cached && cached.until > now) return cached.account;
    const account = (await findChannelAccountById(this.storage.db, id)) ?? null;
    this.accounts.set(id, { account, until: now + (account ? TTL_MS : MISS_TTL_MS) });
    return account;
  }

  /** The account if it is cached and fresh, without touching the database (safe inside a transaction). */
  cachedAccount(id: string): ChannelAccount | undefined {
    const cached = this.accounts.get(id);
    return cached && cached.until > this.clock.now() && cached.account ? cached.account : undefined;
  }

  remember(account: ChannelAccount): void {
    this.accounts.set(account.id, { account, until: this.clock.now() + TTL_MS });
  }

  forget(id: string): void {
    this.cache.delete(id);
    this.accounts.delete(id);
  }

  private async load(id: string): Promise<ChannelEntry | null> {
    const account = await findChannelAccountById(this.storage.db, id);
    if (!account) return null;
    return { account, secrets: await readChannelSecrets(this.storage.db, this.keyRing, id) };
  }
}
