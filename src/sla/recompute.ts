// A calendar or a policy changed: the running clocks of the workspace get their deadlines again
// (the time already used still counts). Runs as a job, in batches, one transaction per
// conversation, so a large workspace never holds a long lock.
import type { Executor } from '../storage/storage.ts';
import { listRunningClocks } from '../storage/repositories/sla.repository.ts';
import * as routing from '../storage/repositories/routing.repository.ts';
import type { RoutingContext } from '../routing/routing-context.ts';
import { applySla } from './sla-clocks.ts';

export const SLA_RECOMPUTE_JOB = 'sla.recompute';
const BATCH = 200;

export async function requestRecompute(ctx: RoutingContext, tx: Executor, workspaceId: string): Promise<void> {
  await ctx.jobs.enqueue(SLA_RECOMPUTE_JOB, { workspaceId }, { uniqueKey: `sla:recompute:${workspaceId}`, executor: tx });
}

export async function recomputeWorkspace(ctx: RoutingContext, workspaceId: string): Promise<number> {
  let after = '';
  let done = 0;
  for (;;) {
    const clocks = await listRunningClocks(ctx.storage.db, workspaceId, BATCH, after);
    if (clocks.length === 0) return done;
    const conversations = [...new Set(clocks.map((c) => c.conversationId))];
    for (const id of conversations) {
      await ctx.storage.transaction(async (tx) => {
        const c = await routing.lockRoutingConversation(tx, workspaceId, id, ctx.clock.now());
        if (c) await applySla(ctx, tx, c, { kind: 'retarget', at: ctx.clock.now() });
      });
      done++;
    }
    after = conversations[conversations.length - 1]!;
  }
}

export function registerRecomputeJob(ctx: RoutingContext): void {
  ctx.jobs.register<{ workspaceId: string }>(SLA_RECOMPUTE_JOB, async (p) => { await recomputeWorkspace(ctx, p.workspaceId); });
}
