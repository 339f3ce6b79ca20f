// What an engine holds: the shared models, the workspace's resolved config and its learned layer.
import type { ResolvedConfig } from './config.ts';
import type { LanguageModel } from './language/profile.ts';
import type { Classifiers } from './model/model-file.ts';
import type { WorkspaceLayers } from './scoring.ts';
import type { WorkspaceState } from './workspace/state.ts';

export interface TriageModels {
  classifiers: Classifiers;
  language: LanguageModel;
}

export interface EngineContext {
  models: TriageModels;
  cfg: ResolvedConfig;
  layers: WorkspaceLayers;
  priority: WorkspaceState['priority'];
  updates: number;
}
