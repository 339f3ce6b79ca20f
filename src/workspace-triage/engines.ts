// One triage engine per workspace: the shipped models with the workspace's topics and weights and
// the layer it learned from its agents. Engines are built once and kept; a process checks the
// workspace's version at most once a second (another process may have learned or been
// reconfigured) and rebuilds when it moved. A workspace that never configured or taught anything
// shares the plain engine.
import { createTriageEngine, parseTriageConfig, parseWorkspaceState, type TriageConfig, type TriageEngine, type TriageModels, type WorkspaceState } from '../triage/index.ts';
import type { Executor } from '../storage/storage.ts';
import { readTriageVersion, readWorkspaceTriage, type WorkspaceTriageRow } from '../storage/repositories/workspace-triage.repository.ts';

const VERSION_CHECK_MS = 1000;

interface Cached {
  engine: TriageEngine;
  version: number;
  checkedAt: number;
}

export interface LoadedTriage {
  config: TriageConfig;
  state: WorkspaceState | undefined;
}

/** Reads a workspace's config and learned state; a damaged column falls back to the default (and says so). */
export function loadedTriage(row: WorkspaceTriageRow | undefined, onDamage: (what: string, error: unknown) => void = () => {}): LoadedTriage {
  let config: TriageConfig = {};
  let state: WorkspaceState | undefined;
  try {
    if (row) config = parseTriageConfig(JSON.parse(row.config));
  } catch (error) {
    onDamage('config', error);
  }
  try {
    if (row?.learned_state) state = parseWorkspaceState(JSON.parse(row.learned_state));
  } catch (error) {
    onDamage('learned state', error);
  }
  return { config, state };
}

export class WorkspaceTriageEngines {
  readonly models: TriageModels;
  readonly #plain: TriageEngine;
  readonly #cache = new Map<string, Cached>();
  readonly #onDamage: (workspaceId: string, what: string, error: unknown) => void;

  constructor(models: TriageModels, onDamage: (workspaceId: string, what: string, error: unknown) => void = () => {}) {
    this.models = models;
    this.#plain = createTriageEngine(models);
    this.#onDamage = onDamage;
  }

  async forWorkspace(db: Executor, workspaceId: string, now = Date.now()): Promise<TriageEngine> {
    const hit = this.#cache.get(workspaceId);
    if (hit && now - hit.checkedAt < VERSION_CHECK_MS) return hit.engine;
    const version = await readTriageVersion(db, workspaceId);
    if (hit && hit.version === version) {
      hit.checkedAt = now;
      return hit.engine;
    }
    const engine = version === 0 ? this.#plain : this.build(workspaceId, await readWorkspaceTriage(db, workspaceId));
    this.#cache.set(workspaceId, { engine, version, checkedAt: now });
    return engine;
  }

  /** An engine for this row (config and learned state), not cached. */
  build(workspaceId: string, row: WorkspaceTriageRow | undefined): TriageEngine {
    const { config, state } = loadedTriage(row, (what, error) => this.#onDamage(workspaceId, what, error));
    return createTriageEngine(this.models, config, state);
  }

  /** Forgets a workspace's engine after a change made by this process. */
  invalidate(workspaceId: string): void {
    this.#cache.delete(workspaceId);
  }
}
