// The inbox: views with counts, filters, search, the list (most urgent first) and, beside it on a
// wide screen or instead of it on a phone, the open conversation.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, Outlet, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { VIEWS, deleteFilter, fetchInbox, filterQuery, listFilters, saveFilter } from '../api/inbox';
import type { View } from '../api/types';
import { useCan } from '../session';
import { listOrder, useShortcuts } from '../keyboard';
import { KNOWN_NETWORKS, PRIORITIES, networkLabel } from '../format';
import { InboxList, SearchResults } from './InboxList';

const VIEW_LABELS: Record<View, string> = {
  mine: 'Mine', unassigned: 'Unassigned', my_teams: 'My teams', at_risk: 'SLA at risk', breached: 'SLA breached', all: 'All open',
};

export function useChannels() {
  const can = useCan();
  return useQuery({ queryKey: ['channels'], queryFn: () => unwrap(api.GET('/api/channels')), enabled: can('channel.read'), staleTime: 60_000 });
}

export function InboxLayout() {
  const { conversationId } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const channels = useChannels();
  const view: View = VIEWS.includes(params.get('view') as View) ? params.get('view') as View : 'all';
  const q = params.get('q') ?? '';
  const query = filterQuery(params, view);
  const filterId = params.get('filterId') || undefined;
  const inbox = useQuery({
    queryKey: ['inbox', query, filterId],
    queryFn: () => fetchInbox(query, filterId),
    enabled: !q,
    refetchInterval: 60_000,
  });
  const ids = useMemo(() => (inbox.data?.conversations ?? []).map((r) => r.id), [inbox.data]);
  useEffect(() => { listOrder.ids = ids; }, [ids]);

  const keep = params.toString() ? `?${params.toString()}` : '';
  const go = (delta: number) => {
    const ids = listOrder.ids;
    if (ids.length === 0) return;
    const at = conversationId ? ids.indexOf(conversationId) : -1;
    const next = ids[Math.max(0, Math.min(ids.length - 1, at === -1 ? 0 : at + delta))];
    if (next) navigate(`/inbox/${next}${keep}`);
  };
  useShortcuts({ j: () => go(1), k: () => go(-1) });

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value); else next.delete(key);
    setParams(next);
  };

  return (
    <div className={`inbox ${conversationId ? 'has-conversation' : ''}`}>
      <nav className="views" aria-label="Inbox views">
        <ul>
          {VIEWS.map((v) => {
            const count = v === 'all' ? null : inbox.data?.counts[v];
            const search = new URLSearchParams(params);
            search.set('view', v);
            search.delete('q');
            return (
              <li key={v}>
                <Link to={`/inbox?${search.toString()}`} aria-current={view === v && !q ? 'page' : undefined} className="view-link">
                  <span>{VIEW_LABELS[v]}</span>
                  {count !== undefined && count !== null && <span className="count" aria-label={`${count} conversations`}>{count}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
        <Filters params={params} setParam={setParam} channels={channels.data?.channels ?? []} />
        <SavedFilters params={params} view={view} />
      </nav>
      <main id="main" className="inbox-main">
        <section className="list-pane" aria-labelledby="list-title">
          <SearchBox key={q} initial={q} onSearch={(text) => setParam('q', text || null)} />
          <div className="list-head">
            <h1 id="list-title">{q ? `Search: “${q}”` : VIEW_LABELS[view]}</h1>
          </div>
          {q ? <SearchResults q={q} keep={keep} current={conversationId} />
            : <InboxList query={inbox} current={conversationId} keep={keep} />}
        </section>
        <Outlet />
      </main>
    </div>
  );
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => { event.preventDefault(); onSearch(text.trim()); };
  return (
    <form role="search" className="search" onSubmit={submit}>
      <label htmlFor="search" className="visually-hidden">Search conversations</label>
      <input id="search" type="search" placeholder="Search messages, people, handles…" value={text} onChange={(e) => setText(e.target.value)} aria-keyshortcuts="s" />
      <button className="button" type="submit">Search</button>
    </form>
  );
}

function Filters({ params, setParam, channels }: { params: URLSearchParams; setParam: (k: string, v: string | null) => void; channels: Array<{ id: string; name: string; network: string }> }) {
  const networks = [...new Set([...channels.map((c) => c.network), ...(channels.length ? [] : KNOWN_NETWORKS)])];
  return (
    <fieldset className="filters">
      <legend>Filter</legend>
      <label htmlFor="filter-network">Network</label>
      <select id="filter-network" value={params.get('network') ?? ''} onChange={(e) => setParam('network', e.target.value || null)}>
        <option value="">All networks</option>
        {networks.map((n) => <option key={n} value={n}>{networkLabel(n)}</option>)}
      </select>
      {channels.length > 0 && <>
        <label htmlFor="filter-channel">Channel</label>
        <select id="filter-channel" value={params.get('channelId') ?? ''} onChange={(e) => setParam('channelId', e.target.value || null)}>
          <option value="">All channels</option>
          {channels.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </>}
      <label htmlFor="filter-priority">Priority</label>
      <select id="filter-priority" value={params.get('priority') ?? ''} onChange={(e) => setParam('priority', e.target.value || null)}>
        <option value="">Any priority</option>
        {PRIORITIES.map((p, i) => <option key={p} value={String(i)}>{p}</option>).reverse()}
      </select>
    </fieldset>
  );
}

function SavedFilters({ params, view }: { params: URLSearchParams; view: View }) {
  const client = useQueryClient();
  const filters = useQuery({ queryKey: ['inbox-filters'], queryFn: listFilters, retry: false });
  const [naming, setNaming] = useState(false);
  if (filters.isError) return null; // optional: the inbox works without them
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (!name) return;
    await saveFilter(name, filterQuery(params, view));
    setNaming(false);
    await client.invalidateQueries({ queryKey: ['inbox-filters'] });
  };
  const remove = async (id: string) => {
    await deleteFilter(id);
    await client.invalidateQueries({ queryKey: ['inbox-filters'] });
  };
  return (
    <section className="saved" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved filters</h2>
      <ul>
        {(filters.data?.filters ?? []).map((f) => (
          <li key={f.id}>
            <Link to={`/inbox?${new URLSearchParams({ ...Object.fromEntries(Object.entries(f.query).map(([k, v]) => [k, String(v)])), filterId: f.id }).toString()}`}>{f.name}</Link>
            {f.canDelete && <button type="button" className="button ghost small" aria-label={`Delete the saved filter ${f.name}`} onClick={() => void remove(f.id)}>×</button>}
          </li>
        ))}
      </ul>
      {naming ? (
        <form onSubmit={(e) => void save(e)} className="inline-form">
          <label htmlFor="filter-name" className="visually-hidden">Filter name</label>
          <input id="filter-name" name="name" placeholder="Name this filter" autoFocus />
          <button className="button" type="submit">Save</button>
        </form>
      ) : <button type="button" className="button ghost" onClick={() => setNaming(true)}>Save this filter</button>}
    </section>
  );
}
