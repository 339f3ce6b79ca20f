import { type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Team } from '../api/types';
import { dateTime } from '../format';
import { useTeams, useUsers } from '../conversation/queries';
import { Section, useAction } from './common';

const ROLES = ['admin', 'supervisor', 'agent'] as const;

export function PeopleAdmin() {
  const users = useUsers();
  const { run, feedback } = useAction(['users']);
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const d = new FormData(form);
    const ok = await run(() => unwrap(api.POST('/api/users', { body: {
      email: String(d.get('email')), name: String(d.get('name')), role: d.get('role') as (typeof ROLES)[number], password: String(d.get('password')),
    } })), 'Person added');
    if (ok) form.reset();
  };
  return (
    <Section title="People and roles">
      {feedback}
      <table className="table">
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Since</th></tr></thead>
        <tbody>
          {(users.data?.users ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <label className="visually-hidden" htmlFor={`role-${u.id}`}>Role of {u.name}</label>
                <select id={`role-${u.id}`} value={u.role} onChange={(e) => void run(() => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: u.id } }, body: { role: e.target.value as (typeof ROLES)[number] } })))}>
                  {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
                </select>
              </td>
              <td>
                <button type="button" className="button small" onClick={() => void run(() => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: u.id } }, body: { status: u.status === 'active' ? 'disabled' : 'active' } })))}>
                  {u.status === 'active' ? 'Disable' : 'Enable'}<span className="visually-hidden"> {u.name}</span>
                </button> <span className="hint">{u.status}</span>
              </td>
              <td>{dateTime(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card form" onSubmit={(e) => void add(e)} aria-labelledby="add-person">
        <h2 id="add-person">Add a person</h2>
        <label htmlFor="p-name">Name</label><input id="p-name" name="name" required />
        <label htmlFor="p-email">E-mail</label><input id="p-email" name="email" type="email" required />
        <label htmlFor="p-role">Role</label>
        <select id="p-role" name="role" defaultValue="agent">{ROLES.map((r) => <option key={r} value={r}>{r}</option>)}</select>
        <label htmlFor="p-password">First password (at least 10 characters)</label><input id="p-password" name="password" type="password" minLength={10} required autoComplete="new-password" />
        <button className="button primary" type="submit">Add</button>
      </form>
    </Section>
  );
}

export function TeamsAdmin() {
  const teams = useTeams();
  const { run, feedback } = useAction(['teams']);
  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const d = new FormData(form);
    if (await run(() => unwrap(api.POST('/api/teams', { body: { name: String(d.get('name')), kind: d.get('kind') as Team['kind'] } })), 'Team created')) form.reset();
  };
  return (
    <Section title="Teams">
      {feedback}
      <ul className="team-list">{(teams.data?.teams ?? []).map((t) => <TeamMembers key={t.id} team={t} />)}</ul>
      <form className="card form" onSubmit={(e) => void add(e)} aria-labelledby="add-team">
        <h2 id="add-team">New team</h2>
        <label htmlFor="t-name">Name</label><input id="t-name" name="name" required />
        <label htmlFor="t-kind">Kind</label>
        <select id="t-kind" name="kind"><option value="care">Care (in-house)</option><option value="marketing">Social / PR</option><option value="vendor">Outsourced vendor</option></select>
        <button className="button primary" type="submit">Create</button>
      </form>
    </Section>
  );
}

function TeamMembers({ team }: { team: Team }) {
  const members = useQuery({ queryKey: ['teams', team.id, 'members'], queryFn: () => unwrap(api.GET('/api/teams/{id}/members', { params: { path: { id: team.id } } })) });
  const users = useUsers();
  const { run, feedback } = useAction(['teams', team.id, 'members']);
  const ids = new Set((members.data?.users ?? []).map((u) => u.id));
  const others = (users.data?.users ?? []).filter((u) => !ids.has(u.id));
  return (
    <li className="card">
      <h2>{team.name} <span className="badge">{team.kind}</span></h2>
      {feedback}
      <ul className="chips">
        {(members.data?.users ?? []).map((u) => (
          <li key={u.id} className="badge">{u.name}
            <button type="button" className="chip-remove" aria-label={`Remove ${u.name} from ${team.name}`}
              onClick={() => void run(() => unwrap(api.DELETE('/api/teams/{id}/members/{userId}', { params: { path: { id: team.id, userId: u.id } } })))}>×</button>
          </li>
        ))}
      </ul>
      {others.length > 0 && <>
        <label htmlFor={`add-${team.id}`} className="visually-hidden">Add someone to {team.name}</label>
        <select id={`add-${team.id}`} value="" onChange={(e) => void run(() => unwrap(api.PUT('/api/teams/{id}/members/{userId}', { params: { path: { id: team.id, userId: e.target.value } } })))}>
          <option value="">Add someone…</option>
          {others.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </>}
    </li>
  );
}
