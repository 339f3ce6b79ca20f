// `earshot analytics rebuild`: recompute a workspace's analytics facts and rollups from its
// conversations (after a change of time zone or business hours, or for old data).
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { systemClock } from '../../core/clock.ts';
import { Storage } from '../../storage/storage.ts';
import { findWorkspaceBySlug } from '../../storage/repositories/workspaces.repository.ts';
import { rebuildAnalytics } from '../../analytics/rollups/rebuild.ts';
import { UsageError } from '../usage-error.ts';

export function registerAnalyticsCommand(program: Command): void {
  const analytics = program.command('analytics').description('Analytics maintenance');
  analytics.command('rebuild')
    .description('Recompute a workspace\'s facts and rollups from its conversations (safe while Earshot runs)')
    .requiredOption('--workspace <slug>', 'the workspace')
    .action(async (options: { workspace: string }) => {
      const storage = await Storage.open(loadConfig({ EARSHOT_LOG_LEVEL: 'warn' }).database);
      try {
        await storage.migrate();
        const workspace = await findWorkspaceBySlug(storage.db, options.workspace);
        if (!workspace) throw new UsageError(`No workspace "${options.workspace}" in this database`);
        const started = performance.now();
        const count = await rebuildAnalytics(storage, systemClock, workspace.id);
        console.log(`Rebuilt analytics of ${workspace.name}: ${count} conversations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        await storage.close();
      }
    });
}
