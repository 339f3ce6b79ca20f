import { type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Channel } from '../api/types';
import { NetworkBadge } from '../components/Network';
import { KNOWN_NETWORKS, ago, networkLabel } from '../format';
import { useTeams } from '../conversation/queries';
import { useNow } from '../ticker';
import { Section, useAction } from './common';

export function ChannelsAdmin() {
  const channels = useQuery({ queryKey: ['channels'], queryFn: () => unwrap(api.GET('/api/channels')) });
  const teams = useTeams();
  const { run, feedback } = useAction(['channels']);
  const connect = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const credentials = Object.fromEntries(String(data.get('credentials') ?? '').split('\n').map((line) => line.trim()).filter(Boolean)
      .map((line) => { const at = line.indexOf('='); return [line.slice(0, at).trim(), line.slice(at + 1).trim()]; }));
    const ok = await run(() => unwrap(api.POST('/api/channels', { body: {
      network: String(data.get('network')), name: String(data.get('name')), externalId: String(data.get('externalId')), credentials,
      defaultTeamId: String(data.get('defaultTeamId') ?? '') || null,
    } })), 'Channel connected');
    if (ok) form.reset();
  };
  return (
    <Section title="Channels">
      {feedback}
      <table className="table">
        <thead><tr><th scope="col">Channel</th><th scope="col">Status</th><th scope="col">Health</th><th scope="col">Default team</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {(channels.data?.channels ?? []).map((c) => (
            <tr key={c.id}>
              <td><NetworkBadge network={c.network} showLabel /> {c.name} <span className="hint">{c.externalId}</span></td>
              <td>{c.status}</td>
              <td><Health channel={c} /></td>
              <td>{teams.data?.teams.find((t) => t.id === c.defaultTeamId)?.name ?? '—'}</td>
              <td>
                <button type="button" className="button small" onClick={() => void run(() => unwrap(api.PATCH('/api/channels/{id}', { params: { path: { id: c.id } }, body: { status: c.status === 'paused' ? 'active' : 'paused' } })), c.status === 'paused' ? 'Resumed' : 'Paused')}>
                  {c.status === 'paused' ? 'Resume' : 'Pause'}<span className="visually-hidden"> {c.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card form" onSubmit={(e) => void connect(e)} aria-labelledby="connect-title">
        <h2 id="connect-title">Connect a channel</h2>
        <label htmlFor="ch-network">Network</label>
        <select id="ch-network" name="network" required>{KNOWN_NETWORKS.map((n) => <option key={n} value={n}>{networkLabel(n)}</option>)}</select>
        <label htmlFor="ch-name">Name</label>
        <input id="ch-name" name="name" required placeholder="@AcmeAir on X" />
        <label htmlFor="ch-external">Account id on the network</label>
        <input id="ch-external" name="externalId" required />
        <label htmlFor="ch-credentials">Credentials, one <code>name=value</code> a line</label>
        <textarea id="ch-credentials" name="credentials" rows={4} placeholder={'appSecret=…\npageAccessToken=…\nverifyToken=…'} autoComplete="off" spellCheck={false} />
        <label htmlFor="ch-team">Default team</label>
        <select id="ch-team" name="defaultTeamId"><option value="">None</option>{(teams.data?.teams ?? []).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select>
        <button className="button primary" type="submit">Connect</button>
      </form>
    </Section>
  );
}

function Health({ channel }: { channel: Channel }) {
  const now = useNow();
  const health = useQuery({ queryKey: ['channels', channel.id, 'health'], queryFn: () => unwrap(api.GET('/api/channels/{id}/health', { params: { path: { id: channel.id } } })) });
  if (!health.data) return <span className="hint">…</span>;
  const h = health.data;
  return (
    <span className={`health health-${h.status}`}>
      {h.status}{h.reason ? ` (${h.reason})` : ''}
      <span className="hint"> · last event {h.lastEventAt ? ago(h.lastEventAt, now) : 'never'} · {h.lastHour.events} events, {h.lastHour.errors} errors, {h.lastHour.authFailures} bad signatures in the last hour</span>
    </span>
  );
}
