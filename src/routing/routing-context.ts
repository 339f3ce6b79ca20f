// What routing and SLA code needs from the outside: storage, time, the job engine, and caches of
// compiled rule sets and parsed calendars. Built once in the composition root (routing.ts).
import type { Clock } from '../core/clock.ts';
import type { PresenceTiming } from '../core/routing/presence.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Executor, Storage } from '../storage/storage.ts';
import { BusinessCalendar } from '../core/calendar/index.ts';
import type { CompiledRuleSet } from '../core/routing/rules-engine.ts';
import type { RuleSet } from '../core/routing/rule-schema.ts';
import type { SettingsCache } from './settings-cache.ts';
import type { TriageLabelInput } from '../workspace-triage/labels.ts';

export interface RoutingContext {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly jobs: JobQueue;
  readonly presenceTiming: PresenceTiming;
  readonly calendars: ParsedCache<BusinessCalendar>;
  /** Stored rule versions, validated and compiled, by workspace and version. */
  readonly parsedRuleSets: ParsedCache<{ set: RuleSet; compiled: CompiledRuleSet }>;
  /** Settings read on every routed message, cached briefly (see settings-cache.ts). */
  readonly settings: SettingsCache;
  /** Queues a rule's acknowledgement in the reply outbox, in the routing transaction. */
  readonly acknowledge?: (tx: Executor, request: AcknowledgementRequest) => Promise<void>;
  /** Records triage labels from people's actions (dismissing, re-prioritizing, correcting). */
  readonly triageLabels?: (tx: Executor, input: TriageLabelInput) => Promise<number>;
}

export interface AcknowledgementRequest {
  workspaceId: string;
  conversationId: string;
  /** The customer message being acknowledged. */
  messageId: string;
  ruleId: string;
  text: string;
}

/**
 * Parsed objects by a key that changes whenever their source does (the stored definition text,
 * or workspace + rule version), so entries never go stale and other processes' edits are seen.
 */
export class ParsedCache<T> {
  readonly #entries = new Map<string, T>();
  readonly #max: number;
  constructor(max = 1000) {
    this.#max = max;
  }
  get(key: string, make: () => T): T {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const made = make();
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, made);
    return made;
  }
  async getAsync(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const made = await make();
    return this.get(key, () => made);
  }
}

export const ALWAYS_OPEN = BusinessCalendar.alwaysOpen('UTC');
