// `earshot inbound`: look at and replay stored platform events.
//   earshot inbound replay <id>     process a stored event again (after a fix); twice changes nothing
//   earshot inbound quarantine      the events that could not be read, with the reason
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { createEarshot } from '../../app/earshot.ts';
import { createLogger } from '../../app/logger.ts';
import { replayInboundEvent } from '../../ingest/replay.ts';
import { positiveInteger } from '../options.ts';
import { UsageError } from '../usage-error.ts';

export function registerInboundCommand(program: Command): void {
  const inbound = program.command('inbound').description('Stored platform events: the quarantine and replays');

  inbound.command('replay <id>')
    .description('Process a stored inbound event again (a quarantined one after a fix); replaying twice changes nothing')
    .action(async (id: string) => {
      const earshot = await createEarshot(loadConfig({ EARSHOT_LOG_LEVEL: 'warn' }), { logger: createLogger('warn') });
      try {
        const outcome = await replayInboundEvent({ storage: earshot.storage, clock: earshot.clock, registry: earshot.channels, processor: earshot.ingestion.processor }, id);
        if (!outcome) throw new UsageError(`no inbound event ${id}`);
        console.log(`${outcome.event.id} ${outcome.event.network} ${outcome.event.platform_event_id}: ${outcome.event.status}${outcome.event.error ? ` (${outcome.event.error})` : ''}`);
        console.log(`new messages: ${outcome.messages}${outcome.split > 0 ? `, events split from the delivery: ${outcome.split}` : ''}`);
      } finally {
        await earshot.close();
      }
    });

  inbound.command('quarantine')
    .description('List events a platform signed but Earshot could not read')
    .option('--limit <n>', 'how many, newest first', positiveInteger('--limit'), 50)
    .action(async (options: { limit: number }) => {
      const earshot = await createEarshot(loadConfig({ EARSHOT_LOG_LEVEL: 'warn' }), { logger: createLogger('warn') });
      try {
        const rows = await earshot.storage.db.selectFrom('inbound_events').select(['id', 'network', 'platform_event_id', 'received_at', 'error'])
          .where('status', '=', 'quarantined').orderBy('received_at', 'desc').limit(options.limit).execute();
        if (rows.length === 0) console.log('The quarantine is empty.');
        for (const row of rows) console.log(`${row.id}  ${new Date(Number(row.received_at)).toISOString()}  ${row.network}  ${row.platform_event_id}\n    ${row.error ?? ''}`);
      } finally {
        await earshot.close();
      }
    });
}
