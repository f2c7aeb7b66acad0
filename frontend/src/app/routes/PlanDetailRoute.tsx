import { ReportSchedulesSection } from '../../features/deadlines/ReportSchedulesSection';
import PlanDetailPage from '../../features/plans/PlanDetailPage';
import { PlanReportingSection } from '../../features/reports/PlanReportingSection';

/** A plan's page: the plans feature's tabs plus the report schedules (deadlines) and reporting (reports). */
export default function PlanDetailRoute() {
  return (
    <PlanDetailPage
      schedules={(plan) => <ReportSchedulesSection plan={plan} />}
      reporting={(plan) => <PlanReportingSection plan={plan} />}
    />
  );
}
