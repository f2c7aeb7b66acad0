import type { Plan } from '../../app/types';

// Placeholder: the plan's report schedules (view, and edit while allowed) are being built here.
export function ReportSchedulesSection(_props: { plan: Plan }) {
  return null;
}
