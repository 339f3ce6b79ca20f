import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { DryRun } from '../api/types';
import { KNOWN_NETWORKS, dateTime, networkLabel } from '../format';
import { useCan } from '../session';
import { Section, parseJson, useAction } from './common';

export function RoutingAdmin() {
  const rules = useQuery({ queryKey: ['routing-rules'], queryFn: () => unwrap(api.GET('/api/routing/rules')) });
  if (!rules.data) return <Section title="Routing rules"><p role="status">{rules.isError ? rules.error.message : 'Loading…'}</p></Section>;
  // A saved version starts a fresh editor.
  return <RulesEditor key={rules.data.version} version={rules.data.version} rules={rules.data.rules} />;
}

function RulesEditor({ version, rules }: { version: number; rules: unknown[] }) {
  const can = useCan();
  const versions = useQuery({ queryKey: ['routing-rules', 'versions'], queryFn: () => unwrap(api.GET('/api/routing/rules/versions', { params: { query: { limit: 10 } } })) });
  const [draft, setDraft] = useState(() => JSON.stringify(rules, null, 2));
  const [result, setResult] = useState<DryRun | null>(null);
  const { run, feedback } = useAction(['routing-rules']);

  const rulesOf = (): Array<Record<string, unknown>> => {
    const parsed: unknown = JSON.parse(draft);
    if (!Array.isArray(parsed)) throw new Error('Rules are a JSON array');
    return parsed as Array<Record<string, unknown>>;
  };
  const save = () => run(() => unwrap(api.PUT('/api/routing/rules', { body: { rules: rulesOf(), expectedVersion: version } })), 'Rules saved: a new version is in force');
  const dryRun = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    await run(async () => {
      const triage = String(d.get('triage') ?? '').trim();
      setResult(await unwrap(api.POST('/api/routing/rules/dry-run', { body: {
        rules: rulesOf(),
        sample: { text: String(d.get('text')), network: String(d.get('network')), surface: d.get('surface') as 'public' | 'private', ...(triage ? { triage: parseJson(triage) } : {}) },
      } as never })));
    }, 'Dry run done: nothing was changed');
  };

  return (
    <Section title="Routing rules">
      {feedback}
      <p className="hint">Version {version}. Rules run in order; see docs/routing-and-sla.md for conditions and actions.</p>
      <label htmlFor="rules-json">Rules (JSON)</label>
      <textarea id="rules-json" className="code" rows={16} value={draft} onChange={(e) => setDraft(e.target.value)} spellCheck={false} readOnly={!can('routing.manage')} />
      {can('routing.manage') && <button type="button" className="button primary" onClick={() => void save()}>Save as a new version</button>}
      <form className="card form" onSubmit={(e) => void dryRun(e)} aria-labelledby="dry-run-title">
        <h2 id="dry-run-title">Dry run these rules on a sample</h2>
        <label htmlFor="dr-text">Message text</label>
        <textarea id="dr-text" name="text" rows={2} defaultValue="My flight was cancelled and nobody answers the phone!" />
        <label htmlFor="dr-network">Network</label>
        <select id="dr-network" name="network">{KNOWN_NETWORKS.map((n) => <option key={n} value={n}>{networkLabel(n)}</option>)}</select>
        <label htmlFor="dr-surface">Surface</label>
        <select id="dr-surface" name="surface"><option value="public">Public</option><option value="private">Private</option></select>
        <label htmlFor="dr-triage">Triage facts (optional JSON, e.g. {'{"sentiment":"negative","influence":0.9}'})</label>
        <input id="dr-triage" name="triage" />
        <button className="button" type="submit">Dry run</button>
      </form>
      {result && (
        <section className="card" aria-label="Dry run result">
          <h2>Result</h2>
          <p>Matched: {result.matched.length ? result.matched.map((m) => m.name).join(', ') : 'no rule'}</p>
          <pre className="code">{JSON.stringify(result.plan, null, 2)}</pre>
          <ul>{result.rules.map((r) => <li key={r.id}><strong>{r.name}</strong>: {r.outcome.replace('_', ' ')}</li>)}</ul>
        </section>
      )}
      <h2>History</h2>
      <ul>{(versions.data?.versions ?? []).map((v) => <li key={v.version}>v{v.version} · {v.ruleCount} rules · {dateTime(v.createdAt)}{v.comment ? ` · ${v.comment}` : ''}</li>)}</ul>
    </Section>
  );
}
