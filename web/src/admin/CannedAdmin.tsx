import { type FormEvent } from 'react';
import { api, unwrap } from '../api/client';
import { useCanned, useTeams } from '../conversation/queries';
import { Section, useAction } from './common';

export function CannedAdmin() {
  const canned = useCanned();
  const teams = useTeams();
  const { run, feedback } = useAction(['canned']);
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const d = new FormData(form);
    const ok = await run(() => unwrap(api.POST('/api/canned-responses', { body: {
      name: String(d.get('name')), shortcut: String(d.get('shortcut')), body: String(d.get('body')), teamId: String(d.get('teamId') ?? '') || null,
    } })), 'Canned response saved');
    if (ok) form.reset();
  };
  return (
    <Section title="Canned responses">
      {feedback}
      <table className="table">
        <thead><tr><th scope="col">Shortcut</th><th scope="col">Name</th><th scope="col">Text</th><th scope="col">Team</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {(canned.data?.cannedResponses ?? []).map((c) => (
            <tr key={c.id}>
              <td><code>/{c.shortcut}</code></td><td>{c.name}</td><td className="pre">{c.body}</td>
              <td>{c.teamId ? teams.data?.teams.find((t) => t.id === c.teamId)?.name ?? 'a team' : 'Everyone'}</td>
              <td><button type="button" className="button small" onClick={() => void run(() => unwrap(api.DELETE('/api/canned-responses/{id}', { params: { path: { id: c.id } } })), 'Deleted')}>Delete<span className="visually-hidden"> {c.name}</span></button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="card form" onSubmit={(e) => void create(e)} aria-labelledby="new-canned">
        <h2 id="new-canned">New canned response</h2>
        <label htmlFor="c-name">Name</label><input id="c-name" name="name" required />
        <label htmlFor="c-shortcut">Shortcut (typed after /)</label><input id="c-shortcut" name="shortcut" required pattern="[a-z0-9_\-]+" />
        <label htmlFor="c-body">Text</label>
        <textarea id="c-body" name="body" rows={4} required placeholder="Hi {{contact.first_name}}, …" />
        <p className="hint">Variables: {(canned.data?.variables ?? []).map((v) => `{{${v}}}`).join(', ')}</p>
        <label htmlFor="c-team">For</label>
        <select id="c-team" name="teamId"><option value="">Everyone</option>{(teams.data?.teams ?? []).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select>
        <button className="button primary" type="submit">Save</button>
      </form>
    </Section>
  );
}
