// The conversations behind a slice of a chart: the filter and the slice come from the address,
// pages follow the API's cursor, each row opens the conversation, and the list exports to CSV.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import type { Ok } from '../api/types';
import { compact, dateTime, duration, priorityName } from '../format';
import { useCan } from '../session';

type Page = Ok<'/api/analytics/conversations', 'get'>;

const FLAGS: Record<string, string> = {
  needs_response: 'needing a response', answered: 'answered', unanswered: 'not answered', answered_late: 'answered late', sla_missed: 'with a missed SLA',
  negative_unanswered: 'public, negative and unanswered', resolved: 'resolved', open: 'still open',
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function describe(params: URLSearchParams): string {
  const parts: string[] = [];
  const flag = params.get('flag');
  parts.push(`Conversations${flag ? ` ${FLAGS[flag] ?? flag}` : ''}`);
  if (params.get('day')) parts.push(`started ${params.get('day')}`);
  if (params.get('weekday')) parts.push(`on ${WEEKDAYS[Number(params.get('weekday'))]}s`);
  if (params.get('hour')) parts.push(`at ${params.get('hour')!.padStart(2, '0')}:00`);
  for (const key of ['sentiment', 'surface', 'topic', 'network']) if (params.get(key)) parts.push(`${key} ${params.get(key)}`);
  for (const key of ['agent', 'team', 'account']) if (params.has(key)) parts.push(`one ${key}`);
  return parts.join(', ');
}

export function DrillDownPage() {
  const [params] = useSearchParams();
  const can = useCan();
  const [limit] = useState(50);
  const base = new URLSearchParams(params);
  base.set('limit', String(limit));
  const pages = useInfiniteQuery({
    queryKey: ['analytics-drill', base.toString()],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const q = new URLSearchParams(base);
      if (pageParam) q.set('cursor', pageParam);
      return request<Page>('GET', `/api/analytics/conversations?${q.toString()}`);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = pages.data?.pages.flatMap((p) => p.conversations) ?? [];
  const exportParams = new URLSearchParams(params);
  exportParams.set('report', 'conversations');
  return (
    <section className="analytics" aria-labelledby="drill-title">
      <p><Link to={`/analytics?${new URLSearchParams([...params].filter(([k]) => ['from', 'to', 'network', 'team', 'agent', 'topic', 'priority'].includes(k))).toString()}`}>← Back to the dashboard</Link></p>
      <h1 id="drill-title">{describe(params)}</h1>
      {can('export.run') && <p><a className="button small" href={`/api/analytics/export.csv?${exportParams.toString()}`} download>Export these as CSV</a></p>}
      {pages.isError && <p className="error" role="alert">Could not load the list: {pages.error.message}</p>}
      {pages.isPending ? <p className="empty" role="status">Loading…</p> : rows.length === 0 ? <p className="empty">No conversations in this slice.</p> : (
        <div className="table-scroll">
          <table className="table drill">
            <thead><tr><th scope="col">Started</th><th scope="col">Conversation</th><th scope="col">Topic</th><th scope="col">Sentiment</th><th scope="col">Priority</th><th scope="col">Surface</th><th scope="col">First response</th><th scope="col">Resolution</th><th scope="col">Status</th><th scope="col">Author reach</th></tr></thead>
            <tbody>{rows.map((c) => (
              <tr key={c.conversationId}>
                <td>{dateTime(c.startedAt)}</td>
                <td><Link to={`/inbox/${c.conversationId}`}>{c.subject ?? 'Open conversation'}</Link></td>
                <td>{c.topic?.replaceAll('_', ' ') ?? '–'}</td>
                <td>{c.sentiment ?? '–'}</td>
                <td>{priorityName(c.priority)}</td>
                <td><span className={`badge ${c.surface}`}>{c.surface}</span></td>
                <td>{c.firstResponseMs === null ? (c.needsResponse ? <span className="error">unanswered</span> : '–') : `${duration(c.firstResponseMs)}${c.answeredInSla ? '' : ' (late)'}`}</td>
                <td>{c.resolutionMs === null ? '–' : duration(c.resolutionMs)}</td>
                <td>{c.status}</td>
                <td>{compact(c.authorFollowers)}</td>
              </tr>
            ))}</tbody>
          </table>
        </div>
      )}
      {pages.hasNextPage && <button type="button" className="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>{pages.isFetchingNextPage ? 'Loading…' : 'More'}</button>}
    </section>
  );
}
