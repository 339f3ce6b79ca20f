// Staffing: the forecast of conversations needing a response per 30 minutes, the agents needed
// to meet the SLA target (Erlang C, or Erlang A with a patience) against the roster, and
// scenarios for a peak and an outsourced team. The figures come from the server's plan.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Body, Ok } from '../api/types';
import { LineChart } from './charts';

type Plan = Ok<'/api/analytics/staffing', 'post'>;
type Request = Body<'/api/analytics/staffing', 'post'>;

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const num = (v: FormDataEntryValue | null): number | undefined => (v === null || String(v).trim() === '' ? undefined : Number(v));

function requestFrom(data: FormData): Request {
  const request: Request = { days: num(data.get('days')) ?? 14 };
  const set = <K extends keyof Request>(key: K, value: Request[K] | undefined) => { if (value !== undefined) request[key] = value; };
  set('ahtSeconds', num(data.get('aht')));
  set('targetServiceLevel', num(data.get('sl')) === undefined ? undefined : num(data.get('sl'))! / 100);
  set('targetSeconds', num(data.get('target')) === undefined ? undefined : num(data.get('target'))! * 60);
  set('shrinkage', num(data.get('shrinkage')) === undefined ? undefined : num(data.get('shrinkage'))! / 100);
  set('patienceSeconds', num(data.get('patience')) === undefined ? undefined : num(data.get('patience'))! * 60);
  const scenarios: NonNullable<Request['scenarios']> = [];
  const peak = num(data.get('peak'));
  const peakDays = String(data.get('peakDays') ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  if (peak !== undefined && peakDays.length > 0) scenarios.push({ name: `Peak +${peak}% on ${peakDays.join(', ')}`, peaks: [{ factor: 1 + peak / 100, days: peakDays }] });
  const vendorAgents = num(data.get('vendorAgents'));
  if (vendorAgents !== undefined && vendorAgents > 0) {
    const start = String(data.get('vendorStart') || '08:00');
    const end = String(data.get('vendorEnd') || '20:00');
    const factor = num(data.get('vendorFactor')) ?? 1.2;
    const weekly = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ start, end }]]));
    scenarios.push({ name: `Vendor: ${vendorAgents} agents ${start}–${end}, handle time ×${factor}`, outsourced: [{ agents: vendorAgents, handleTimeFactor: factor, hours: { timeZone: String(data.get('zone') || 'UTC'), weekly } }] });
    if (scenarios.length === 2) scenarios.push({ name: 'Peak with the vendor', peaks: scenarios[0]!.peaks, outsourced: scenarios[1]!.outsourced });
  }
  if (scenarios.length > 0) request.scenarios = scenarios;
  return request;
}

export function StaffingPage() {
  const plan = useMutation({ mutationFn: (body: Request) => unwrap(api.POST('/api/analytics/staffing', { body })) });
  const [zone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    plan.mutate(requestFrom(new FormData(event.currentTarget)));
  };
  return (
    <section className="analytics" aria-labelledby="staffing-title">
      <h1 id="staffing-title">Staffing</h1>
      <form className="card staffing-form" onSubmit={submit} aria-label="Plan">
        <fieldset>
          <legend>Plan</legend>
          <label>Days <input name="days" type="number" min={1} max={56} defaultValue={14} /></label>
          <label>Answer <input name="sl" type="number" min={1} max={99} defaultValue={80} /> % within <input name="target" type="number" min={1} placeholder="SLA" /> minutes</label>
          <label>Handle time (s) <input name="aht" type="number" min={1} placeholder="from history" className="wide" /></label>
          <label>Shrinkage % <input name="shrinkage" type="number" min={0} max={90} defaultValue={30} /></label>
          <label>Patience (min, Erlang A) <input name="patience" type="number" min={1} placeholder="none: Erlang C" className="wide" /></label>
        </fieldset>
        <fieldset>
          <legend>Scenarios</legend>
          <label>Peak + <input name="peak" type="number" min={1} max={1000} placeholder="60" /> % on <input name="peakDays" placeholder="2026-12-24, 2026-12-26" /></label>
          <label>Vendor team <input name="vendorAgents" type="number" min={0} placeholder="agents" /> agents, <input name="vendorStart" type="time" defaultValue="08:00" />–<input name="vendorEnd" type="time" defaultValue="20:00" />, handle time × <input name="vendorFactor" type="number" step="0.05" min={0.5} max={5} defaultValue={1.2} /></label>
          <input type="hidden" name="zone" value={zone} />
        </fieldset>
        <button type="submit" className="button primary" disabled={plan.isPending}>{plan.isPending ? 'Planning…' : 'Plan'}</button>
      </form>
      {plan.isError && <p className="error" role="alert">{plan.error.message}</p>}
      {plan.data && <PlanView plan={plan.data} />}
    </section>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const zoneDate = (at: number) => new Date(at).toLocaleDateString('en-CA', { timeZone: plan.timeZone });
  const labels = plan.intervals.map((r) => new Date(r.start).toLocaleString(undefined, { timeZone: plan.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit' }));
  const days = new Map<string, { volume: number; needed: number; scheduled: number; short: number; peak: number }>();
  for (const r of plan.intervals) {
    const key = zoneDate(r.start);
    const d = days.get(key) ?? { volume: 0, needed: 0, scheduled: 0, short: 0, peak: 0 };
    const hours = (r.end - r.start) / 3_600_000;
    d.volume += r.volume; d.needed += r.agents_needed * hours; d.scheduled += r.scheduled * hours; d.short += r.shortfall * hours; d.peak = Math.max(d.peak, r.agents_needed);
    days.set(key, d);
  }
  return (
    <>
      <div className="kpis">
        <div className="kpi"><span className="kpi-label">Forecast method</span><span className="kpi-value small">{plan.forecast.method.replaceAll('_', ' ')}</span><span className="kpi-detail">back-test error (WAPE) {pct(plan.forecast.wape)}</span></div>
        <div className="kpi"><span className="kpi-label">Handle time</span><span className="kpi-value">{Math.round(plan.ahtSeconds / 6) / 10} min</span><span className="kpi-detail">{plan.handleTime ? `measured on ${plan.handleTime.count} conversations` : 'as given'}</span></div>
        <div className="kpi"><span className="kpi-label">Target</span><span className="kpi-value">{Math.round(plan.sla.targetServiceLevel * 100)}% in {Math.round(plan.sla.targetSeconds / 60)} min</span><span className="kpi-detail">{plan.method === 'erlang_a' ? 'Erlang A (with abandonment)' : 'Erlang C'}</span></div>
        <div className={`kpi${plan.totals.shortfall_agent_hours > 0 ? ' kpi-alert' : ''}`}><span className="kpi-label">Short</span><span className="kpi-value">{plan.totals.shortfall_agent_hours} agent-h</span><span className="kpi-detail">{plan.totals.intervals_short} half-hours short, at most {plan.totals.max_shortfall} agents</span></div>
      </div>
      <LineChart title="Agents needed and scheduled per half-hour" labels={labels} format={(v) => String(Math.round(v * 10) / 10)} wide
        series={[
          { name: 'Needed', values: plan.intervals.map((r) => r.agents_needed) },
          { name: 'Scheduled', values: plan.intervals.map((r) => r.scheduled), color: '#15803d', dashed: true },
          ...plan.scenarios.slice(0, 2).flatMap((s, k) => {
            const color = k === 0 ? '#9333ea' : '#be123c';
            const needed = s.intervals.some((r, i) => r.agents_needed !== plan.intervals[i]?.agents_needed);
            const scheduled = s.intervals.some((r, i) => r.scheduled !== plan.intervals[i]?.scheduled);
            return [
              ...(needed ? [{ name: `Needed: ${s.name}`, values: s.intervals.map((r) => r.agents_needed), color }] : []),
              ...(scheduled ? [{ name: `Scheduled: ${s.name}`, values: s.intervals.map((r) => r.scheduled), color, dashed: true }] : []),
            ];
          }),
        ]} />
      <LineChart title="Forecast conversations needing a response per half-hour" labels={labels} format={(v) => String(Math.round(v * 10) / 10)} wide
        series={[{ name: 'Forecast', values: plan.intervals.map((r) => r.volume) }]} />
      <section className="card" aria-labelledby="per-day">
        <h2 id="per-day">Per day</h2>
        <div className="table-scroll">
          <table className="table">
            <thead><tr><th scope="col">Date</th><th scope="col">Conversations</th><th scope="col">Agent-hours needed</th><th scope="col">Scheduled</th><th scope="col">Short</th><th scope="col">Peak agents needed</th></tr></thead>
            <tbody>{[...days].map(([date, d]) => (
              <tr key={date}><th scope="row">{date}</th><td>{d.volume.toFixed(0)}</td><td>{d.needed.toFixed(1)}</td><td>{d.scheduled.toFixed(1)}</td><td className={d.short > 0 ? 'error' : ''}>{d.short.toFixed(1)}</td><td>{d.peak}</td></tr>
            ))}</tbody>
          </table>
        </div>
      </section>
      {plan.scenarios.length > 0 && (
        <section className="card" aria-labelledby="scenarios">
          <h2 id="scenarios">Scenarios</h2>
          <table className="table">
            <thead><tr><th scope="col">Scenario</th><th scope="col">Conversations</th><th scope="col">Agent-hours short</th><th scope="col">Change</th></tr></thead>
            <tbody>
              <tr><th scope="row">As planned</th><td>{plan.totals.volume.toFixed(0)}</td><td>{plan.totals.shortfall_agent_hours}</td><td>–</td></tr>
              {plan.scenarios.map((s) => (
                <tr key={s.name}><th scope="row">{s.name}</th><td>{s.totals.volume.toFixed(0)}</td><td>{s.totals.shortfall_agent_hours}</td><td>{s.shortfall_agent_hours_change > 0 ? '+' : ''}{s.shortfall_agent_hours_change}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
