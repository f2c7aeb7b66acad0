import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';

const PlanListPage = lazy(() => import('../features/plans/PlanListPage'));
const PlanDetailPage = lazy(() => import('./routes/PlanDetailRoute'));
const PlanCreatePage = lazy(() => import('../features/plans/PlanCreatePage'));
const PlanEditPage = lazy(() => import('../features/plans/PlanEditPage'));
const ImportWizardPage = lazy(() => import('../features/plans/appendix/ImportWizardPage'));
const OrganisationPage = lazy(() => import('../features/organisation/OrganisationPage'));
const UnitPage = lazy(() => import('./routes/UnitRoute'));
const NationalLoaderPage = lazy(() => import('../features/organisation/NationalLoaderPage'));
const ProvinceSetupPage = lazy(() => import('../features/organisation/ProvinceSetupPage'));
const PeoplePage = lazy(() => import('../features/people/PeoplePage'));
const MyTasksPage = lazy(() => import('../features/tasks/MyTasksPage'));
const DeadlinesPage = lazy(() => import('../features/deadlines/DeadlinesPage'));
const CalendarAdminPage = lazy(() => import('../features/calendar/CalendarAdminPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const MyReportsPage = lazy(() => import('../features/reports/MyReportsPage'));
const ReportPage = lazy(() => import('../features/reports/ReportPage'));
const ConsolidationPage = lazy(() => import('../features/reports/ConsolidationPage'));
// antd's Result and its illustrations: only for a wrong address
const PageNotFound = lazy(() => import('./routes/PageNotFoundRoute'));

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { index: true, element: <Navigate to="/plans" replace /> },
        { path: 'plans', element: <PlanListPage /> },
        { path: 'plans/new', element: <PlanCreatePage /> },
        { path: 'plans/:id', element: <PlanDetailPage /> },
        { path: 'plans/:id/edit', element: <PlanEditPage /> },
        { path: 'plans/:id/import', element: <ImportWizardPage /> },
        { path: 'plans/:id/consolidation', element: <ConsolidationPage /> },
        { path: 'tasks', element: <MyTasksPage /> },
        { path: 'deadlines', element: <DeadlinesPage /> },
        { path: 'calendar', element: <CalendarAdminPage /> },
        { path: 'notifications', element: <NotificationsPage /> },
        { path: 'reports', element: <MyReportsPage /> },
        { path: 'reports/:id', element: <ReportPage /> },
        { path: 'organisation', element: <OrganisationPage /> },
        { path: 'organisation/units/:id', element: <UnitPage /> },
        { path: 'organisation/national-list', element: <NationalLoaderPage /> },
        { path: 'organisation/setup', element: <ProvinceSetupPage /> },
        { path: 'organisation/people', element: <PeoplePage /> },
        // the former "Đơn vị" page
        { path: 'units', element: <Navigate to="/organisation" replace /> },
        { path: '*', element: <PageNotFound /> },
      ],
    },
  ]);
}
