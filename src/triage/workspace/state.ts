// The per-workspace learning state, as JSON the caller stores (one row per workspace). It holds
// a sparse linear layer per head, added to the shipped model's calibrated logits, and a learned
// priority adjustment per topic. Small: only word-level features, rounded weights, a row cap.

export interface SparseHeadState {
  classes: string[];
  bias: number[];
  /** bucket (decimal string) -> one weight per class. */
  rows: Record<string, number[]>;
}

export interface PriorityAdjustmentState {
  /** Number of priority corrections seen for the topic. */
  n: number;
  /** Mean of (agent's priority - triage priority) over them, in points. */
  mean: number;
}

export interface WorkspaceState {
  format: 'earshot-triage-workspace';
  version: 1;
  /** The shipped model the layer was learned on top of. */
  modelVersion: string;
  /** Feedback events applied so far. */
  updates: number;
  heads: Partial<Record<'kind' | 'sentiment' | 'topic', SparseHeadState>>;
  priority: Record<string, PriorityAdjustmentState>;
}

export function emptyWorkspaceState(modelVersion: string): WorkspaceState {
  return { format: 'earshot-triage-workspace', version: 1, modelVersion, updates: 0, heads: {}, priority: {} };
}

/** Validates untrusted JSON (it comes back from a database column); throws on a wrong shape. */
export function parseWorkspaceState(value: unknown): WorkspaceState {
  const v = value as Partial<WorkspaceState> | null;
  if (!v || v.format !== 'earshot-triage-workspace' || v.version !== 1) throw new Error('not an Earshot triage workspace state');
  if (typeof v.modelVersion !== 'string' || typeof v.updates !== 'number') throw new Error('workspace state: bad header');
  if (typeof v.heads !== 'object' || v.heads === null || typeof v.priority !== 'object' || v.priority === null) {
    throw new Error('workspace state: bad body');
  }
  return v as WorkspaceState;
}
