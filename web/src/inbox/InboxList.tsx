// The rows of the inbox and of search results: network, author (with an influence badge), what
// they said, sentiment and topic, priority and the live SLA countdown.
import { Link } from 'react-router';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { search } from '../api/inbox';
import type { InboxPage, InboxRow } from '../api/types';
import { NetworkBadge } from '../components/Network';
import { SlaCountdown } from '../components/Sla';
import { ago, compact, influenceTier, priorityName } from '../format';
import { useNow } from '../ticker';

export function InboxList({ query, current, keep }: { query: UseQueryResult<InboxPage>; current: string | undefined; keep: string }) {
  if (query.isPending) return <p role="status" className="empty">Loading…</p>;
  if (query.isError) return <p role="alert" className="error">Could not load the inbox: {query.error.message}</p>;
  const rows = query.data.conversations;
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">{rows.length} conversations</p>
      {rows.length === 0
        ? <p className="empty">Nothing here. Well done.</p>
        : <ol className="rows" aria-label="Conversations, most urgent first">{rows.map((row) => <Row key={row.id} row={row} current={row.id === current} keep={keep} />)}</ol>}
    </>
  );
}

export function Row({ row, current, keep, excerpt }: { row: InboxRow; current: boolean; keep: string; excerpt?: string }) {
  const now = useNow();
  const tier = influenceTier(row.author.followers, row.author.influence);
  const name = row.author.name ?? (row.author.handle ? `@${row.author.handle}` : 'Someone');
  return (
    <li className={`row priority-${priorityName(row.priority)}`}>
      <Link to={`/inbox/${row.id}${keep}`} aria-current={current ? 'true' : undefined} className="row-link" data-conversation-id={row.id}>
        <div className="row-top">
          <NetworkBadge network={row.network} />
          <span className="author">
            <span className="author-name">{name}</span>
            {row.author.handle && <span className="handle">@{row.author.handle}</span>}
            {row.author.verified && <span className="verified" title="Verified account" aria-label="verified">✔</span>}
            {tier && <span className={`badge influence-${tier}`} title={`${compact(row.author.followers)} followers`}>
              {tier === 'high' ? '★ ' : ''}{compact(row.author.followers)} followers</span>}
          </span>
          <span className="row-time">{ago(row.lastMessageAt, now)}</span>
        </div>
        <p className="snippet">{excerpt ?? row.snippet}</p>
        <div className="row-meta">
          <span className={`badge prio prio-${priorityName(row.priority)}`}><span className="visually-hidden">Priority: </span>{priorityName(row.priority)}</span>
          {row.isPublic ? <span className="badge public">Public</span> : <span className="badge private">Private</span>}
          {row.sentiment && <span className={`badge sentiment-${row.sentiment}`}><span className="visually-hidden">Sentiment: </span>{row.sentiment}</span>}
          {row.topic && <span className="badge topic"><span className="visually-hidden">Topic: </span>{row.topic}</span>}
          {row.labels.map((l) => <span key={l} className="badge label">{l}</span>)}
          <SlaCountdown dueAt={row.sla.dueAt} state={row.sla.state} />
        </div>
      </Link>
    </li>
  );
}

export function SearchResults({ q, keep, current }: { q: string; keep: string; current: string | undefined }) {
  const results = useQuery({ queryKey: ['search', q], queryFn: () => search(q), retry: false });
  if (results.isPending) return <p role="status" className="empty">Searching…</p>;
  if (results.isError) return <p role="alert" className="error">Search failed: {results.error.message}</p>;
  const list = results.data.results;
  return (
    <>
      <p role="status" className="visually-hidden">{list.length} results</p>
      {list.length === 0 ? <p className="empty">No conversation matches “{q}”.</p> : (
        <ol className="rows" aria-label="Search results">
          {list.map((r) => <Row key={`${r.conversation.id}-${r.messageId}`} row={r.conversation} current={r.conversation.id === current} keep={keep} excerpt={r.excerpt} />)}
        </ol>
      )}
    </>
  );
}
