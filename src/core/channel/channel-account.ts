// A connected account on a network: a Facebook page, an X account, a WhatsApp number...

export interface ChannelAccount {
  id: string;
  workspaceId: string;
  /** The network's id in the channel registry: x, facebook, instagram, whatsapp, ... */
  network: string;
  name: string;
  /** The platform's own id for the account (page id, user id, phone number id). */
  externalId: string;
  settings: Record<string, unknown>;
  status: 'active' | 'paused' | 'error';
  defaultTeamId: string | null;
  createdAt: number;
  updatedAt: number;
}
