// Short names for the contract types of deadlines, report schedules and the calendar feed.
import { cutoffValues, deadlineKindValues, deadlineStateValues, dueRuleValues, periodTypeValues } from '../../api/enums';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type Deadline = S['Deadline'];
export type DeadlinePage = S['DeadlinePage'];
export type DeadlineKind = S['DeadlineKind'];
export type DeadlineState = S['DeadlineState'];
export type TaskCompletion = S['TaskCompletion'];
export type CalendarFeed = S['CalendarFeed'];
export type ReportSchedule = S['ReportSchedule'];
export type ReportScheduleInput = S['ReportScheduleInput'];
export type ReportPeriod = S['ReportPeriod'];
export type PeriodType = S['PeriodType'];
export type DueRule = S['DueRule'];
export type Cutoff = S['Cutoff'];
export type CalendarYear = S['CalendarYear'];

// the enums' values come from the contract (src/api/enums.ts)
export const DEADLINE_KINDS = deadlineKindValues;
/** Where the filters list each state: what needs attention first (every state of the contract has a place). */
const STATE_FILTER_RANK: Record<DeadlineState, number> = { OVERDUE: 0, DUE_SOON: 1, OPEN: 2, MET_LATE: 3, MET_ON_TIME: 4, CANCELLED: 5 };
export const DEADLINE_STATES: readonly DeadlineState[] = [...deadlineStateValues].sort(
  (a, b) => STATE_FILTER_RANK[a] - STATE_FILTER_RANK[b],
);
export const PERIOD_TYPES = periodTypeValues;
export const DUE_RULES = dueRuleValues;
export const CUTOFFS = cutoffValues;
