import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { SlaPolicy } from '../api/types';
import { Section, parseJson, useAction } from './common';

const EXAMPLE_POLICY = { targets: { firstResponse: { minutes: 60 }, nextResponse: { minutes: 120 } }, businessHours: false };
const EXAMPLE_HOURS = { timeZone: 'Europe/Amsterdam', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] }, holidays: [] };

export function SlaAdmin() {
  const policies = useQuery({ queryKey: ['sla-policies'], queryFn: () => unwrap(api.GET('/api/sla/policies')) });
  const hours = useQuery({ queryKey: ['business-hours'], queryFn: () => unwrap(api.GET('/api/business-hours')) });
  const { run, feedback } = useAction(['sla-policies'], ['business-hours']);
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const d = new FormData(form);
    if (await run(() => unwrap(api.POST('/api/sla/policies', { body: { name: String(d.get('name')), definition: parseJson(String(d.get('definition'))) } })), 'Policy created')) form.reset();
  };
  return (
    <Section title="SLA policies and business hours">
      {feedback}
      {(policies.data?.policies ?? []).map((p) => <PolicyEditor key={p.id} policy={p} run={run} />)}
      <form className="card form" onSubmit={(e) => void create(e)} aria-labelledby="new-policy">
        <h2 id="new-policy">New policy</h2>
        <label htmlFor="pol-name">Name</label><input id="pol-name" name="name" required />
        <label htmlFor="pol-def">Definition (JSON)</label>
        <textarea id="pol-def" name="definition" className="code" rows={6} defaultValue={JSON.stringify(EXAMPLE_POLICY, null, 2)} spellCheck={false} />
        <button className="button primary" type="submit">Create</button>
      </form>
      {hours.data && <HoursEditor key={JSON.stringify(hours.data.definition)} definition={hours.data.definition} run={run} />}
    </Section>
  );
}

function HoursEditor({ definition, run }: { definition: Record<string, unknown> | null; run: (call: () => Promise<unknown>, message?: string) => Promise<boolean> }) {
  const [text, setText] = useState(() => JSON.stringify(definition ?? EXAMPLE_HOURS, null, 2));
  return (
    <section className="card" aria-labelledby="hours-title">
      <h2 id="hours-title">Workspace business hours</h2>
      <label htmlFor="hours-json">Definition (JSON){definition === null ? ': none set yet, open around the clock; an example below' : ''}</label>
      <textarea id="hours-json" className="code" rows={10} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <button type="button" className="button primary" onClick={() => void run(() => unwrap(api.PUT('/api/business-hours', { body: { definition: parseJson(text) } })), 'Business hours saved')}>Save hours</button>
    </section>
  );
}

function PolicyEditor({ policy, run }: { policy: SlaPolicy; run: (call: () => Promise<unknown>, message?: string) => Promise<boolean> }) {
  const [text, setText] = useState(JSON.stringify(policy.definition, null, 2));
  return (
    <section className="card" aria-label={`Policy ${policy.name}`}>
      <h2>{policy.name} {policy.isDefault && <span className="badge">default</span>}</h2>
      <label htmlFor={`pol-${policy.id}`}>Definition (JSON)</label>
      <textarea id={`pol-${policy.id}`} className="code" rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <button type="button" className="button" onClick={() => void run(() => unwrap(api.PATCH('/api/sla/policies/{id}', { params: { path: { id: policy.id } }, body: { definition: parseJson(text) } })))}>Save</button>{' '}
      {!policy.isDefault && <button type="button" className="button" onClick={() => void run(() => unwrap(api.PATCH('/api/sla/policies/{id}', { params: { path: { id: policy.id } }, body: { isDefault: true } })))}>Make default</button>}
    </section>
  );
}
