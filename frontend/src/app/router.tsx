import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './Layout';
import { NotFound } from '../components/NotFound';
import { useI18n } from '../i18n';

const PlanListPage = lazy(() => import('../features/plans/PlanListPage'));
const PlanDetailPage = lazy(() => import('../features/plans/PlanDetailPage'));
const PlanCreatePage = lazy(() => import('../features/plans/PlanCreatePage'));
const PlanEditPage = lazy(() => import('../features/plans/PlanEditPage'));
const ImportWizardPage = lazy(() => import('../features/plans/appendix/ImportWizardPage'));
const UnitsPage = lazy(() => import('../features/units/UnitsPage'));
const MyTasksPage = lazy(() => import('../features/tasks/MyTasksPage'));

function PageNotFound() {
  const { t } = useI18n();
  return <NotFound title={t.errors.pageNotFoundTitle} />;
}

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
        { path: 'tasks', element: <MyTasksPage /> },
        { path: 'units', element: <UnitsPage /> },
        { path: '*', element: <PageNotFound /> },
      ],
    },
  ]);
}
