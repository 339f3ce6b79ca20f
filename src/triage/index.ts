// The triage API the rest of Earshot uses (ingestion, the workspace settings, analytics).
// Everything here is pure and synchronous except loadShippedModels/loadModels, which read the
// model files once per process.
export { createTriageEngine, type TriageEngine } from './engine.ts';
export type { TriageModels } from './engine-context.ts';
export { loadModels, loadShippedModels } from './models/load.ts';
export { parseTriageConfig, type TopicDefinition, type TriageConfig } from './config.ts';
export { DEFAULT_PRIORITY_WEIGHTS, computePriority, type PriorityWeights } from './priority.ts';
export { applyFeedback } from './workspace/apply-feedback.ts';
export type { TriageFeedback } from './workspace/feedback.ts';
export { emptyWorkspaceState, parseWorkspaceState, type WorkspaceState } from './workspace/state.ts';
export { createSpikeState, observeSpike } from './spike/detector.ts';
export { DEFAULT_SPIKE_CONFIG, type SpikeAlert, type SpikeConfig, type SpikeObservation, type SpikeState } from './spike/types.ts';
export {
  DEFAULT_TOPICS, KINDS, SENTIMENTS, URGENCY_SIGNALS,
  type InfluenceTier, type Kind, type Sentiment, type TriageAuthor, type TriageInput, type TriageResult, type UrgencySignal,
} from './types.ts';
