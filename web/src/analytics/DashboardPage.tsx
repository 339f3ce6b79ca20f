// The analytics dashboard: headline figures, then trends, the weekday × hour heatmap, channels,
// topics, agents and teams, and spike alerts. Every figure and mark opens the conversations
// behind it; lists export to CSV for those allowed to (the server audits each export).
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Ok } from '../api/types';
import { compact, dateTime, duration, networkLabel } from '../format';
import { useCan } from '../session';
import { BarList, Heatmap, LineChart, SENTIMENT_COLORS, StackedColumns } from './charts';
import { FilterBar, drillHref, queryString, useFilters, type Filters } from './filters';

type Dashboard = Ok<'/api/analytics/dashboard', 'get'>;
type Time = Dashboard['times']['firstResponse']['all'];

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const ms = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : duration(x));
const short = (date: string): string => date.slice(5);

export function DashboardPage() {
  const filters = useFilters();
  const dashboard = useQuery({
    queryKey: ['analytics', filters],
    queryFn: () => unwrap(api.GET('/api/analytics/dashboard', { params: { query: filters } })),
    placeholderData: (previous) => previous,
  });
  return (
    <section className="analytics" aria-labelledby="dash-title">
      <h1 id="dash-title">Analytics</h1>
      <FilterBar topics={dashboard.data?.topics.map((t) => t.topic).filter(Boolean) ?? []} />
      {dashboard.isError && <p className="error" role="alert">Could not load the figures: {dashboard.error.message}</p>}
      {dashboard.isPending ? <p className="empty" role="status">Loading…</p> : dashboard.data && <Figures d={dashboard.data} filters={filters} />}
    </section>
  );
}

function Figures({ d, filters }: { d: Dashboard; filters: Filters }) {
  const can = useCan();
  const k = d.kpis;
  const drill = (slice: Record<string, string | number | undefined>) => drillHref(filters, slice);
  const labels = d.daily.map((p) => short(p.date));
  const topTopics = [...new Set(d.topicTrend.map((t) => t.topic))].slice(0, 5);
  return (
    <>
      <p className="hint">{d.range.from} to {d.range.to} ({d.range.days} days). Medians and p90 are within {(d.sketchRelativeError * 100).toFixed(1)}% (docs/analytics.md).</p>
      <div className="kpis">
        <Kpi label="Response rate" value={pct(k.responseRate)} detail={`${compact(k.answered)} of ${compact(k.needsResponse)} needing a response`} href={drill({ flag: 'unanswered' })} linkText="Unanswered" />
        <Kpi label="Answered within SLA" value={pct(k.responseRateInSla)} detail={`${compact(k.answeredInSla)} conversations`} href={drill({ flag: 'answered_late' })} linkText="Answered late" />
        <Kpi label="SLA met" value={pct(k.slaMetShare)} detail={`${compact(k.slaMet)} met, ${compact(k.slaMissed)} missed`} href={drill({ flag: 'sla_missed' })} linkText="Missed" />
        <TimeKpi label="First response" times={d.times.firstResponse} href={drill({ flag: 'answered' })} />
        <TimeKpi label="Next response" times={d.times.nextResponse} />
        <TimeKpi label="Resolution" times={d.times.resolution} href={drill({ flag: 'resolved' })} />
        <Kpi label="Public" value={pct(k.publicShare)} detail={`${compact(k.conversations)} conversations, ${compact(k.inboundMessages)} messages`} href={drill({ surface: 'public' })} linkText="Public ones" />
        <Kpi label="Unanswered negative posts" value={compact(k.unansweredNegative)} detail={`reaching ${compact(k.unansweredNegativeReach)} followers`} href={drill({ flag: 'negative_unanswered' })} linkText="See them" alert={k.unansweredNegative > 0} />
      </div>

      <div className="chart-grid">
        <LineChart title="Conversations and backlog per day" labels={labels}
          series={[{ name: 'Started', values: d.daily.map((p) => p.conversations) }, { name: 'Backlog at day end', values: d.daily.map((p) => p.backlog), color: '#b45309', dashed: true }]}
          hrefOf={(i) => drill({ day: d.daily[i]!.date })} />
        <LineChart title="Response rate and first-response median per day" labels={labels} format={(v) => `${Math.round(v * 100)}%`}
          series={[{ name: 'Response rate', values: d.daily.map((p) => p.responseRate) }, { name: 'SLA met', values: d.daily.map((p) => p.slaMetShare), color: '#15803d' }]}
          hrefOf={(i) => drill({ day: d.daily[i]!.date, flag: 'unanswered' })}
          describe={(i) => `first-response median ${ms(d.daily[i]!.firstResponseMedianMs)}`} />
        <StackedColumns title="Sentiment per day" labels={labels}
          stacks={(['negative', 'neutral', 'positive'] as const).map((s) => ({ name: s, color: SENTIMENT_COLORS[s], values: d.daily.map((p) => p[s]) }))}
          hrefOf={(i, s) => drill({ day: d.daily[i]!.date, sentiment: s })} />
        <Heatmap title="Conversations by weekday and hour" grid={d.heatmap} hrefOf={(weekday, hour) => drill({ weekday, hour })} />
        <BarList title="Volume by channel" items={d.channels.map((c) => ({
          key: c.channelAccountId, label: `${networkLabel(c.network)}: ${c.name}`, value: c.conversations,
          detail: `${pct(c.needsResponse ? c.answered / c.needsResponse : null)} answered`, href: drill({ account: c.channelAccountId }),
        }))} />
        <BarList title="Topics" items={d.topics.slice(0, 10).map((t) => ({
          key: t.topic, label: t.topic ? t.topic.replaceAll('_', ' ') : 'no topic', value: t.conversations, detail: `${t.negative} negative`, href: t.topic ? drill({ topic: t.topic }) : undefined,
        }))} />
        <LineChart title="Topic trend" labels={labels}
          series={topTopics.map((topic) => ({ name: topic.replaceAll('_', ' '), values: d.daily.map((p) => d.topicTrend.find((t) => t.date === p.date && t.topic === topic)?.conversations ?? 0) }))}
          hrefOf={(i) => drill({ day: d.daily[i]!.date })} />
      </div>

      <Performance title="Agents" rows={d.agents.map((a) => ({ ...a, key: a.assigneeId, href: drill({ agent: a.assigneeId || 'none' }) }))} exportHref={can('export.run') ? `/api/analytics/export.csv?${queryString(filters, { report: 'agents' })}` : undefined} />
      <Performance title="Teams" rows={d.teams.map((t) => ({ ...t, key: t.teamId, href: drill({ team: t.teamId || 'none' }) }))} exportHref={can('export.run') ? `/api/analytics/export.csv?${queryString(filters, { report: 'teams' })}` : undefined} />

      <section className="card" aria-labelledby="spikes-title">
        <h2 id="spikes-title">Spikes</h2>
        {d.spikes.length === 0 ? <p className="hint">No spike alerts in this range.</p> : (
          <ul className="spikes">{d.spikes.map((s) => (
            <li key={s.id}><strong>{s.kind}</strong> {s.topic ? `on ${s.topic.replaceAll('_', ' ')}` : ''}, {dateTime(s.at)}: {describeEvidence(s.evidence)}</li>
          ))}</ul>
        )}
      </section>
      {can('export.run') && (
        <p className="exports">Export CSV:{' '}
          {(['conversations', 'daily', 'channels', 'topics'] as const).map((report) => (
            <a key={report} className="button small" href={`/api/analytics/export.csv?${queryString(filters, { report })}`} download>{report}</a>
          ))}
        </p>
      )}
    </>
  );
}

function describeEvidence(evidence: Record<string, unknown>): string {
  const observed = evidence.observed;
  const expected = evidence.expected;
  const note = typeof evidence.note === 'string' ? ` (${evidence.note})` : '';
  return typeof observed === 'number' && typeof expected === 'number' ? `${observed} against ${expected} expected${note}` : `${JSON.stringify(evidence).slice(0, 120)}`;
}

function Kpi({ label, value, detail, href, linkText, alert }: { label: string; value: string; detail: string; href?: string; linkText?: string; alert?: boolean }) {
  return (
    <div className={`kpi${alert ? ' kpi-alert' : ''}`}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{value}</span>
      <span className="kpi-detail">{detail}{href && <> · <Link to={href}>{linkText}</Link></>}</span>
    </div>
  );
}

function TimeKpi({ label, times, href }: { label: string; times: { all: Time; business: Time }; href?: string }) {
  return (
    <div className="kpi">
      <span className="kpi-label">{label} (median)</span>
      <span className="kpi-value">{ms(times.all.medianMs)}</span>
      <span className="kpi-detail">p90 {ms(times.all.p90Ms)} · business hours {ms(times.business.medianMs)} / {ms(times.business.p90Ms)}{href && <> · <Link to={href}>List</Link></>}</span>
    </div>
  );
}

type PerformanceRow = Dashboard['agents'][number] & { key: string; href: string; name: string };

function Performance({ title, rows, exportHref }: { title: string; rows: ReadonlyArray<Omit<PerformanceRow, 'assigneeId'>>; exportHref: string | undefined }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title} {exportHref && <a className="button small" href={exportHref} download>CSV</a>}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead><tr><th scope="col">Name</th><th scope="col">Conversations</th><th scope="col">Response rate</th><th scope="col">In SLA</th><th scope="col">First response median</th><th scope="col">p90</th><th scope="col">Business-hours median</th><th scope="col">Resolved</th><th scope="col">Resolution median</th></tr></thead>
          <tbody>{rows.map((r) => (
            <tr key={r.key}>
              <th scope="row"><Link to={r.href}>{r.name}</Link></th>
              <td>{r.conversations}</td><td>{pct(r.responseRate)}</td><td>{pct(r.responseRateInSla)}</td>
              <td>{ms(r.firstResponse.medianMs)}</td><td>{ms(r.firstResponse.p90Ms)}</td><td>{ms(r.firstResponseBusiness.medianMs)}</td>
              <td>{r.resolved}</td><td>{ms(r.resolution.medianMs)}</td>
            </tr>
          ))}</tbody>
        </table>
      </div>
    </section>
  );
}
