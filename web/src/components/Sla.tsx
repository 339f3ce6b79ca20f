// The SLA countdown: time left to the deadline, ticking each second; past it, time overdue.
import { duration } from '../format';
import { useNow } from '../ticker';
import type { SlaState } from '../api/types';

export function SlaCountdown({ dueAt, state }: { dueAt: number | null; state: SlaState }) {
  const now = useNow();
  if (state === 'none' || dueAt === null) return <span className="sla sla-none">No SLA</span>;
  if (state === 'paused') return <span className="sla sla-paused">SLA paused</span>;
  const left = dueAt - now;
  const breached = state === 'breached' || left <= 0;
  const label = breached ? `${duration(left)} overdue` : `${duration(left)} left`;
  return (
    <span className={`sla sla-${breached ? 'breached' : state}`} title={`Due ${new Date(dueAt).toLocaleString()}`}>
      <span className="visually-hidden">{breached ? 'SLA breached: ' : state === 'at_risk' ? 'SLA at risk: ' : 'SLA: '}</span>
      <time dateTime={new Date(dueAt).toISOString()}>{label}</time>
    </span>
  );
}
