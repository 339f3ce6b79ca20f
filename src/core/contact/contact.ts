// A contact is one person across networks; each network account of theirs is an identity.

export interface Contact {
  id: string;
  workspaceId: string;
  name: string;
  notes: string | null;
  /** Fields hidden from vendor (outsourced) teams. */
  privateFields: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface ContactIdentity {
  id: string;
  workspaceId: string;
  contactId: string;
  network: string;
  externalId: string;
  handle: string | null;
  displayName: string | null;
  followers: number | null;
  verified: boolean;
  profile: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

/** What a channel knows about an author when a message arrives. */
export interface IdentityProfile {
  network: string;
  externalId: string;
  handle?: string | null;
  displayName?: string | null;
  followers?: number | null;
  verified?: boolean;
  profile?: Record<string, unknown>;
}
