import { UnitDeadlinesSection } from '../../features/deadlines/UnitDeadlinesSection';
import { UnitAdminActions } from '../../features/organisation/admin/UnitAdminActions';
import { UnitHistorySection } from '../../features/organisation/admin/UnitHistorySection';
import UnitPage, { type UnitSection } from '../../features/organisation/UnitPage';
import { UnitPeopleSection } from '../../features/people/UnitPeopleSection';
import { UnitPlansSection } from '../../features/plans/UnitPlansSection';
import { UnitReportsSection } from '../../features/reports/UnitReportsSection';
import { UnitTasksSection } from '../../features/tasks/UnitTasksSection';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../queries';
import { isCoordinatorOrAdmin, type CurrentUser, type Role, type Unit } from '../types';

// Who may read each list (the contract's security of GET /plans, /tasks, /deadlines and /reports). A unit
// outside the caller's scope answers 404 and the section says so calmly.
const READS_PLANS: Role[] = ['admin', 'coordinator', 'leader', 'officer', 'viewer'];
const READS_REPORTS: Role[] = ['admin', 'coordinator', 'leader', 'officer'];
// GET /units/{id}/people: admins, province admins, coordinators (read-only) and leaders (their unit)
const READS_PEOPLE: Role[] = ['admin', 'province-admin', 'coordinator', 'leader'];

/** Whether the signed-in user administers this unit: admins everywhere, province admins in their province. */
export function administers(me: CurrentUser | undefined, unit: Unit): boolean {
  if (!me?.permissions.canAdministerOrganisation) return false;
  const root = me.permissions.administeredUnit;
  if (!root) return me.roles.includes('admin');
  return unit.id === root.id || unit.ancestors.some((a) => a.id === root.id);
}

/**
 * A unit's page: the organisation feature's overview plus the unit's plans (plans), tasks (tasks),
 * deadlines (deadlines) and reports (reports). The people and history tabs, and the administration
 * forms (`actions`), join here when their APIs exist.
 */
export default function UnitRoute() {
  const { t } = useI18n();
  const tu = t.organisation.unit;
  const me = useCurrentUser();
  const roles = me.data?.roles ?? [];
  const may = (allowed: Role[]) => roles.some((r) => allowed.includes(r));
  const sections: UnitSection[] = [];
  if (may(READS_PLANS)) {
    sections.push(
      { key: 'plans', label: tu.plans, render: (unit) => <UnitPlansSection unit={unit} /> },
      { key: 'tasks', label: tu.tasks, render: (unit) => <UnitTasksSection unit={unit} seeAll={isCoordinatorOrAdmin(roles)} /> },
      { key: 'deadlines', label: tu.deadlines, render: (unit) => <UnitDeadlinesSection unit={unit} /> },
    );
  }
  if (may(READS_REPORTS)) sections.push({ key: 'reports', label: tu.reports, render: (unit) => <UnitReportsSection unit={unit} /> });
  if (may(READS_PEOPLE)) {
    sections.push({
      key: 'people',
      label: t.people.tab,
      render: (unit) => <UnitPeopleSection unit={unit} administer={administers(me.data, unit)} />,
    });
  }
  sections.push({ key: 'history', label: t.organisation.admin.history.tab, render: (unit) => <UnitHistorySection unit={unit} /> });
  return <UnitPage sections={sections} actions={(unit) => (administers(me.data, unit) ? <UnitAdminActions unit={unit} /> : null)} />;
}
