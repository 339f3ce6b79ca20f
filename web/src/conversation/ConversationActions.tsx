// What can be done to a conversation: assignee, team, priority, labels, snooze, resolve/reopen.
import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ConversationDetail, RoutedConversation } from '../api/types';
import { PRIORITIES } from '../format';
import { useShortcuts } from '../keyboard';
import { useCan, useSession } from '../session';
import { useTeams, useUsers } from './queries';

const SNOOZES: ReadonlyArray<{ label: string; until: () => number }> = [
  { label: '1 hour', until: () => Date.now() + 3_600_000 },
  { label: '4 hours', until: () => Date.now() + 4 * 3_600_000 },
  { label: 'Tomorrow 9:00', until: () => { const d = new Date(); d.setDate(d.getDate() + 1); d.setHours(9, 0, 0, 0); return d.getTime(); } },
];

type Base = ConversationDetail['conversation'];

export function ConversationActions({ conversation, fallback }: { conversation: RoutedConversation | null; fallback: Base }) {
  const c = conversation ?? { ...fallback, labels: [] as string[] };
  const id = c.id;
  const client = useQueryClient();
  const session = useSession();
  const can = useCan();
  const users = useUsers();
  const teams = useTeams();
  const [error, setError] = useState<string | null>(null);
  const assignee = useRef<HTMLSelectElement>(null);

  const run = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      await Promise.all([client.invalidateQueries({ queryKey: ['conversation', id] }), client.invalidateQueries({ queryKey: ['inbox'] })]);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'That did not work');
    }
  };
  const path = { params: { path: { id } } };
  const setStatus = (status: 'open' | 'resolved' | 'snoozed', snoozedUntil: number | null = null) =>
    run(() => unwrap(api.POST('/api/conversations/{id}/status', { ...path, body: { status, snoozedUntil } })));
  const resolved = c.status === 'resolved';

  useShortcuts({
    e: () => void setStatus(resolved ? 'open' : 'resolved'),
    a: () => assignee.current?.focus(),
  });

  const people = can('conversation.assign_any') ? (users.data?.users ?? []).filter((u) => u.status === 'active') : [session.user];
  const addLabel = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const label = String(new FormData(form).get('label') ?? '').trim();
    if (!label) return;
    form.reset();
    void run(() => unwrap(api.POST('/api/conversations/{id}/labels', { ...path, body: { add: [label] } })));
  };

  return (
    <div className="actions" role="group" aria-label="Conversation actions">
      <div className="field">
        <label htmlFor="assignee">Assignee <kbd>a</kbd></label>
        <select id="assignee" ref={assignee} value={c.assigneeId ?? ''} aria-keyshortcuts="a"
          onChange={(e) => void run(() => unwrap(api.POST('/api/conversations/{id}/assignment', { ...path, body: { assigneeId: e.target.value || null } })))}>
          <option value="">Unassigned</option>
          {c.assigneeId && !people.some((u) => u.id === c.assigneeId) && <option value={c.assigneeId}>{users.data?.users.find((u) => u.id === c.assigneeId)?.name ?? 'Someone else'}</option>}
          {people.map((u) => <option key={u.id} value={u.id}>{u.id === session.user.id ? `${u.name} (me)` : u.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="team">Team</label>
        <select id="team" value={c.teamId ?? ''}
          onChange={(e) => void run(() => unwrap(api.POST('/api/conversations/{id}/assignment', { ...path, body: { teamId: e.target.value || null, assigneeId: null } })))}>
          <option value="">No team</option>
          {(teams.data?.teams ?? session.teams).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="priority">Priority</label>
        <select id="priority" value={String(c.priority)}
          onChange={(e) => void run(() => unwrap(api.POST('/api/conversations/{id}/priority', { ...path, body: { priority: Number(e.target.value) } })))}>
          {PRIORITIES.map((p, i) => <option key={p} value={String(i)}>{p}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="snooze">Snooze</label>
        <select id="snooze" value="" onChange={(e) => { const s = SNOOZES[Number(e.target.value)]; if (s) void setStatus('snoozed', s.until()); }}>
          <option value="">{c.status === 'snoozed' && c.snoozedUntil ? `Until ${new Date(c.snoozedUntil).toLocaleString()}` : 'Not snoozed'}</option>
          {SNOOZES.map((s, i) => <option key={s.label} value={String(i)}>{s.label}</option>)}
        </select>
      </div>
      <button type="button" className={`button ${resolved ? '' : 'primary'}`} onClick={() => void setStatus(resolved ? 'open' : 'resolved')} aria-keyshortcuts="e">
        {resolved ? 'Reopen' : 'Resolve'} <kbd>e</kbd>
      </button>
      <div className="labels">
        <ul aria-label="Labels">
          {c.labels.map((l) => (
            <li key={l} className="badge label">{l}
              <button type="button" className="chip-remove" aria-label={`Remove label ${l}`}
                onClick={() => void run(() => unwrap(api.POST('/api/conversations/{id}/labels', { ...path, body: { remove: [l] } })))}>×</button>
            </li>
          ))}
        </ul>
        <form onSubmit={addLabel} className="inline-form">
          <label htmlFor="new-label" className="visually-hidden">Add a label</label>
          <input id="new-label" name="label" placeholder="Add label" maxLength={50} />
        </form>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
