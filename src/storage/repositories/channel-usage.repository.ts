// Billable platform usage per account, UTC day and resource (the cost meter's ledger).
import type { Executor } from '../storage.ts';

export interface UsageRecord {
  channelAccountId: string;
  day: string;
  resource: string;
  units: number;
  costMicros: number;
}

export async function addUsage(db: Executor, records: readonly UsageRecord[], now: number): Promise<void> {
  if (records.length === 0) return;
  await db.insertInto('channel_usage').values(records.map((r) => ({
    channel_account_id: r.channelAccountId, day: r.day, resource: r.resource, units: r.units, cost_micros: r.costMicros, updated_at: now,
  }))).onConflict((oc) => oc.columns(['channel_account_id', 'day', 'resource']).doUpdateSet((eb) => ({
    units: eb('channel_usage.units', '+', eb.ref('excluded.units')),
    cost_micros: eb('channel_usage.cost_micros', '+', eb.ref('excluded.cost_micros')),
    updated_at: now,
  }))).execute();
}

/** Usage between two UTC days (inclusive), by resource. */
export async function usageBetween(db: Executor, channelAccountId: string, fromDay: string, toDay: string): Promise<Array<{ resource: string; units: number; costMicros: number }>> {
  const rows = await db.selectFrom('channel_usage')
    .select(['resource', (eb) => eb.fn.sum<number>('units').as('units'), (eb) => eb.fn.sum<number>('cost_micros').as('cost')])
    .where('channel_account_id', '=', channelAccountId).where('day', '>=', fromDay).where('day', '<=', toDay)
    .groupBy('resource').orderBy('resource').execute();
  return rows.map((row) => ({ resource: row.resource, units: Number(row.units), costMicros: Number(row.cost) }));
}
