// The analytics filter, kept in the address (so a view can be shared and the back button works):
// range, network, team, agent, topic and priority, as the API takes them.
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { KNOWN_NETWORKS, PRIORITIES, networkLabel } from '../format';
import { useCan } from '../session';

export const FILTER_KEYS = ['from', 'to', 'network', 'team', 'agent', 'topic', 'priority'] as const;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function useFilters(): Filters {
  const [params] = useSearchParams();
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** The API's query string for filters and a slice. */
export function queryString(filters: Filters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
}

/** The drill-down page for a slice of a chart. */
export const drillHref = (filters: Filters, slice: Record<string, string | number | undefined>): string => `/analytics/conversations?${queryString(filters, slice)}`;

export function FilterBar({ topics }: { topics: readonly string[] }) {
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const teams = useQuery({ queryKey: ['teams'], queryFn: () => unwrap(api.GET('/api/teams')), enabled: can('team.read'), staleTime: 60_000 });
  const users = useQuery({ queryKey: ['users'], queryFn: () => unwrap(api.GET('/api/users')), enabled: can('people.read'), staleTime: 60_000 });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) ?? '');
      if (value) next.set(key, value);
    }
    setParams(next);
  };
  const value = (key: string) => params.get(key) ?? '';
  return (
    <form className="filters" onSubmit={apply} aria-label="Filters" key={params.toString()}>
      <label>From <input type="date" name="from" defaultValue={value('from')} /></label>
      <label>To <input type="date" name="to" defaultValue={value('to')} /></label>
      <label>Network
        <select name="network" defaultValue={value('network')}>
          <option value="">All</option>
          {KNOWN_NETWORKS.map((n) => <option key={n} value={n}>{networkLabel(n)}</option>)}
        </select>
      </label>
      <label>Team
        <select name="team" defaultValue={value('team')}>
          <option value="">All</option>
          {(teams.data?.teams ?? []).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </label>
      <label>Agent
        <select name="agent" defaultValue={value('agent')}>
          <option value="">All</option>
          <option value="none">Unassigned</option>
          {(users.data?.users ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </label>
      <label>Topic
        <select name="topic" defaultValue={value('topic')}>
          <option value="">All</option>
          {topics.map((t) => <option key={t} value={t}>{t.replaceAll('_', ' ')}</option>)}
        </select>
      </label>
      <label>Priority
        <select name="priority" defaultValue={value('priority')}>
          <option value="">All</option>
          {PRIORITIES.map((p, i) => <option key={p} value={i}>{p}</option>)}
        </select>
      </label>
      <button type="submit" className="button primary">Apply</button>
      {params.size > 0 && <button type="button" className="button ghost" onClick={() => setParams(new URLSearchParams())}>Reset</button>}
    </form>
  );
}
