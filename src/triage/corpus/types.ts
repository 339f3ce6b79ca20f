// Our own training examples: written by the project for the project (see NOTICE), so the
// shipped models may be trained on them without restriction.
import type { Kind, Sentiment } from '../types.ts';

export interface CorpusExample {
  /** Stable id: source file, line and expansion number. */
  id: string;
  /** Examples expanded from one written line share a group, so a split never separates them. */
  group: string;
  text: string;
  kind: Kind;
  sentiment: Sentiment;
  topic: string;
  language: string;
  industry: string;
}

/** A block of written lines: one industry and language, in the compact line format of parse-lines.ts. */
export interface CorpusSource {
  name: string;
  language: string;
  industry: string;
  lines: string;
}
