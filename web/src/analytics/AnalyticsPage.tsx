// Analytics and staffing: the dashboard, the conversations behind any chart, and the staffing plan
// for those who may plan (the server checks again).
import { NavLink, Navigate, Route, Routes } from 'react-router';
import { useCan } from '../session';
import { DashboardPage } from './DashboardPage';
import { DrillDownPage } from './DrillDownPage';
import { StaffingPage } from './StaffingPage';

export function AnalyticsPage() {
  const can = useCan();
  if (!can('analytics.team')) return <main id="main" className="center"><h1>Analytics</h1><p>Your role has no analytics.</p></main>;
  return (
    <div className="admin">
      <nav className="views" aria-label="Analytics sections">
        <ul>
          <li><NavLink className="view-link" to="/analytics" end>Dashboard</NavLink></li>
          {can('staffing.plan') && <li><NavLink className="view-link" to="/analytics/staffing">Staffing</NavLink></li>}
        </ul>
      </nav>
      <main id="main" className="admin-main">
        <Routes>
          <Route index element={<DashboardPage />} />
          <Route path="conversations" element={<DrillDownPage />} />
          <Route path="staffing" element={can('staffing.plan') ? <StaffingPage /> : <Navigate to="/analytics" replace />} />
        </Routes>
      </main>
    </div>
  );
}
