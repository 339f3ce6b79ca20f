// The shell: sign-in gate, header with navigation (a landmark for each region), the routes, the
// help overlay and the global shortcuts.
import { useState } from 'react';
import { Link, NavLink, Navigate, Route, Routes, useNavigate } from 'react-router';
import { SessionProvider, useCan, useSession, useSessionQuery, useSignOut } from './session';
import { RealtimeProvider, useConnectionState } from './realtime';
import { useShortcuts } from './keyboard';
import { HelpOverlay } from './components/HelpOverlay';
import { LoginPage } from './LoginPage';
import { InboxLayout } from './inbox/InboxLayout';
import { ConversationPage } from './conversation/ConversationPage';
import { AdminPage } from './admin/AdminPage';
import { AnalyticsPage } from './analytics/AnalyticsPage';

export function App() {
  const session = useSessionQuery();
  if (session.isPending) return <p className="loading" role="status">Loading Earshot…</p>;
  if (session.isError) return <main className="center"><h1>Earshot is not reachable</h1><p>{session.error.message}</p></main>;
  if (!session.data) return <LoginPage />;
  return (
    <SessionProvider session={session.data}>
      <RealtimeProvider>
        <Shell />
      </RealtimeProvider>
    </SessionProvider>
  );
}

function Shell() {
  const [help, setHelp] = useState(false);
  const navigate = useNavigate();
  useShortcuts({
    '?': () => setHelp(true),
    'g i': () => navigate('/inbox'),
    s: () => document.getElementById('search')?.focus(),
  });
  return (
    <div className="shell">
      <a className="skip-link" href="#main">Skip to content</a>
      <Header onHelp={() => setHelp(true)} />
      <Routes>
        <Route path="/" element={<Navigate to="/inbox" replace />} />
        <Route path="/inbox" element={<InboxLayout />}>
          <Route path=":conversationId" element={<ConversationPage />} />
        </Route>
        <Route path="/admin/*" element={<AdminPage />} />
        <Route path="/analytics/*" element={<AnalyticsPage />} />
        <Route path="*" element={<main id="main" className="center"><h1>Not found</h1><p><Link to="/inbox">Back to the inbox</Link></p></main>} />
      </Routes>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}

function Header({ onHelp }: { onHelp: () => void }) {
  const session = useSession();
  const can = useCan();
  const signOut = useSignOut();
  const connection = useConnectionState();
  const admin = can('channel.manage') || can('people.manage') || can('team.manage') || can('routing.read') || can('sla.manage') || can('canned.manage') || can('audit.read');
  return (
    <header className="topbar">
      <Link to="/inbox" className="brand" aria-label="Earshot inbox">Earshot</Link>
      <nav aria-label="Main">
        <ul>
          <li><NavLink to="/inbox">Inbox</NavLink></li>
          {can('analytics.team') && <li><NavLink to="/analytics">Analytics</NavLink></li>}
          {admin && <li><NavLink to="/admin">Admin</NavLink></li>}
        </ul>
      </nav>
      <div className="topbar-end">
        <span className={`live live-${connection}`} role="status" title="Live updates">
          {connection === 'open' ? 'Live' : connection === 'connecting' ? 'Connecting…' : 'Offline, reconnecting'}
        </span>
        <button type="button" className="button ghost" onClick={onHelp} aria-keyshortcuts="?">Shortcuts</button>
        <span className="me">{session.user.name} <span className="role">{session.user.role}</span></span>
        <button type="button" className="button ghost" onClick={() => void signOut()}>Sign out</button>
      </div>
    </header>
  );
}
