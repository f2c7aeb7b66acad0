// Short names for the contract types of deadlines, report schedules and the calendar feed.
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

export const DEADLINE_KINDS: DeadlineKind[] = ['IMPLEMENTING_PLAN', 'REPORT', 'TASK'];
export const DEADLINE_STATES: DeadlineState[] = ['OVERDUE', 'DUE_SOON', 'OPEN', 'MET_LATE', 'MET_ON_TIME', 'CANCELLED'];
export const PERIOD_TYPES: PeriodType[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'ON_REQUEST'];
export const DUE_RULES: DueRule[] = ['DAY_OF_LAST_MONTH', 'DAY_OF_NEXT_MONTH', 'WORKING_DAYS_AFTER', 'FIXED_DATE'];
export const CUTOFFS: Cutoff[] = ['CALENDAR', 'DECREE_09'];
