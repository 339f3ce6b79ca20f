// Workspaces are the tenants: every row that belongs to a company is reached through one.

export interface Workspace {
  id: string;
  name: string;
  slug: string;
  settings: WorkspaceSettings;
  createdAt: number;
}

export interface WorkspaceSettings {
  /** IANA time zone for business hours and reports. */
  timeZone?: string;
}

export const ROLES = ['admin', 'supervisor', 'agent'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: Role;
  status: 'active' | 'disabled';
  createdAt: number;
  updatedAt: number;
}

export const TEAM_KINDS = ['care', 'marketing', 'vendor'] as const;
/** care: in-house agents; marketing: social/PR owners of the accounts; vendor: an outsourced team. */
export type TeamKind = (typeof TEAM_KINDS)[number];

export interface Team {
  id: string;
  workspaceId: string;
  name: string;
  kind: TeamKind;
  settings: Record<string, unknown>;
  createdAt: number;
}

/** A URL-safe slug from a name: lowercase ASCII letters, digits and dashes. */
export function slugify(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return slug || 'workspace';
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
