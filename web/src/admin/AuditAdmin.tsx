import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { dateTime } from '../format';
import { useUsers } from '../conversation/queries';
import { Section } from './common';

export function AuditAdmin() {
  const audit = useQuery({ queryKey: ['audit'], queryFn: () => unwrap(api.GET('/api/audit', { params: { query: { limit: 100 } } })) });
  const users = useUsers();
  const name = (id: string | null) => (id ? users.data?.users.find((u) => u.id === id)?.name ?? id : '—');
  return (
    <Section title="Audit log">
      <table className="table">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Did</th><th scope="col">To</th><th scope="col">From</th></tr></thead>
        <tbody>
          {(audit.data?.entries ?? []).map((e) => (
            <tr key={e.id}>
              <td>{dateTime(e.createdAt)}</td><td>{e.actorKind === 'user' ? name(e.actorUserId) : e.actorKind}</td>
              <td><code>{e.action}</code></td><td>{e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '—'}</td><td>{e.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
