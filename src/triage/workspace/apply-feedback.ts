// The functional form of learning, for callers that keep the workspace state in a database row:
// load the state, apply one agent action, store what comes back.
import type { TriageConfig } from '../config.ts';
import { createTriageEngine } from '../engine.ts';
import type { TriageModels } from '../engine-context.ts';
import type { TriageInput } from '../types.ts';
import type { TriageFeedback } from './feedback.ts';
import type { WorkspaceState } from './state.ts';

/** Returns the new workspace state after one agent action; `state` itself is not changed. */
export function applyFeedback(
  models: TriageModels, state: WorkspaceState | undefined, input: TriageInput, feedback: TriageFeedback, config: TriageConfig = {},
): WorkspaceState {
  const engine = createTriageEngine(models, config, state);
  engine.learn(input, feedback);
  return engine.state();
}
