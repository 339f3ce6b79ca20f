// Administration for admins and supervisors: each section shows only to those whose abilities
// allow it (the server checks again; this only avoids showing doors that will not open).
import { NavLink, Navigate, Route, Routes } from 'react-router';
import type { Ability } from '../api/types';
import { useCan } from '../session';
import { ChannelsAdmin } from './ChannelsAdmin';
import { PeopleAdmin, TeamsAdmin } from './PeopleAdmin';
import { RoutingAdmin } from './RoutingAdmin';
import { SlaAdmin } from './SlaAdmin';
import { CannedAdmin } from './CannedAdmin';
import { AuditAdmin } from './AuditAdmin';

const SECTIONS: ReadonlyArray<{ path: string; label: string; ability: Ability; element: React.ReactNode }> = [
  { path: 'channels', label: 'Channels', ability: 'channel.manage', element: <ChannelsAdmin /> },
  { path: 'people', label: 'People and roles', ability: 'people.manage', element: <PeopleAdmin /> },
  { path: 'teams', label: 'Teams', ability: 'team.manage', element: <TeamsAdmin /> },
  { path: 'routing', label: 'Routing rules', ability: 'routing.read', element: <RoutingAdmin /> },
  { path: 'sla', label: 'SLA and hours', ability: 'sla.manage', element: <SlaAdmin /> },
  { path: 'canned', label: 'Canned responses', ability: 'canned.manage', element: <CannedAdmin /> },
  { path: 'audit', label: 'Audit log', ability: 'audit.read', element: <AuditAdmin /> },
];

export function AdminPage() {
  const can = useCan();
  const sections = SECTIONS.filter((s) => can(s.ability));
  if (sections.length === 0) return <main id="main" className="center"><h1>Admin</h1><p>Your role has nothing to administer.</p></main>;
  return (
    <div className="admin">
      <nav className="views" aria-label="Admin sections">
        <ul>{sections.map((s) => <li key={s.path}><NavLink className="view-link" to={`/admin/${s.path}`}>{s.label}</NavLink></li>)}</ul>
      </nav>
      <main id="main" className="admin-main">
        <Routes>
          <Route index element={<Navigate to={sections[0]!.path} replace />} />
          {sections.map((s) => <Route key={s.path} path={s.path} element={s.element} />)}
        </Routes>
      </main>
    </div>
  );
}
