import type { Plan } from '../../app/types';

// Placeholder: the coordinator's monitor for a plan (rates per period, missing units, remind, accept/return)
// is being built here.
export function PlanReportingSection(_props: { plan: Plan }) {
  return null;
}
