// Workspace settings that every routed message reads and that change rarely (the rules version
// in force, business hours, SLA policies, a channel's default team), kept in memory for a short
// time. Edits made through this process clear a workspace's entries at once; edits made by
// another process (PostgreSQL deployments) are seen within the time-to-live. Without this, each
// inbound message paid five extra queries for settings that had not changed.

export const SETTINGS_TTL_MS = 1000;

export class SettingsCache {
  readonly #entries = new Map<string, { value: unknown; expires: number }>();
  readonly #ttlMs: number;

  constructor(ttlMs = SETTINGS_TTL_MS) {
    this.#ttlMs = ttlMs;
  }

  async get<T>(workspaceId: string, key: string, load: () => Promise<T>): Promise<T> {
    const id = `${workspaceId}\u0000${key}`;
    const now = Date.now();
    const hit = this.#entries.get(id);
    if (hit && hit.expires > now) return hit.value as T;
    const value = await load();
    this.#entries.set(id, { value, expires: now + this.#ttlMs });
    return value;
  }

  /** Forgets what is cached for a workspace (after an edit in this process). */
  invalidate(workspaceId: string): void {
    const prefix = `${workspaceId}\u0000`;
    for (const key of this.#entries.keys()) if (key.startsWith(prefix)) this.#entries.delete(key);
  }
}
