// The channel registry: the one list of networks Earshot speaks, and the API base URL each one
// calls (configuration, so a test or the demo can point them at the network simulator).
import type { ChannelAdapter } from './channel-adapter.ts';
import { facebookAdapter } from './facebook/facebook-adapter.ts';
import { instagramAdapter } from './instagram/instagram-adapter.ts';
import { whatsappAdapter } from './whatsapp/whatsapp-adapter.ts';
import { xAdapter } from './x/x-adapter.ts';
import { DomainError } from '../core/errors.ts';

/** Every adapter Earshot has, for code that needs their static facts (credential fields). */
export const CHANNEL_ADAPTERS: readonly ChannelAdapter[] = [xAdapter, facebookAdapter, instagramAdapter, whatsappAdapter];

export interface ChannelApiUrls {
  /** X API, e.g. https://api.x.com */
  x: string;
  /** Meta Graph API with its version, e.g. https://graph.facebook.com/v21.0 */
  meta: string;
}

export interface RegisteredChannel {
  adapter: ChannelAdapter;
  apiBaseUrl: string;
}

export class ChannelRegistry {
  private readonly channels = new Map<string, RegisteredChannel>();

  register(adapter: ChannelAdapter, apiBaseUrl: string): this {
    if (this.channels.has(adapter.network)) throw new Error(`channel "${adapter.network}" is already registered`);
    this.channels.set(adapter.network, { adapter, apiBaseUrl });
    return this;
  }

  has(network: string): boolean {
    return this.channels.has(network);
  }

  /** The channel for `network`; a DomainError when Earshot does not speak it. */
  get(network: string): RegisteredChannel {
    const channel = this.channels.get(network);
    if (!channel) throw new DomainError('not_found', `Earshot has no channel called "${network}"`);
    return channel;
  }

  list(): RegisteredChannel[] {
    return [...this.channels.values()];
  }

  networks(): string[] {
    return [...this.channels.keys()];
  }
}

export function createChannelRegistry(urls: ChannelApiUrls): ChannelRegistry {
  return new ChannelRegistry()
    .register(xAdapter, urls.x)
    .register(facebookAdapter, urls.meta)
    .register(instagramAdapter, urls.meta)
    .register(whatsappAdapter, urls.meta);
}
