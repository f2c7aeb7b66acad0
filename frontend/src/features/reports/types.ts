// Short names for the reporting part of the contract (src/api/schema.d.ts).
import { reportStateValues, taskProgressValues } from '../../api/enums';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type Report = S['Report'];
export type ReportSummary = S['ReportSummary'];
export type ReportPage = S['ReportPage'];
export type ReportState = S['ReportState'];
export type ReportAction = S['ReportAction'];
export type ReportEvent = S['ReportEvent'];
export type ReportItem = S['ReportItem'];
export type ReportInput = S['ReportInput'];
export type ReportItemInput = S['ReportItemInput'];
export type ReportPermissions = S['ReportPermissions'];
export type ReportPeriod = S['ReportPeriod'];
export type ReportSchedule = S['ReportSchedule'];
export type Evidence = S['Evidence'];
export type TaskProgress = S['TaskProgress'];
export type Deadline = S['Deadline'];
export type ReportingRates = S['ReportingRates'];
export type RateTotals = S['RateTotals'];
export type UnitRate = S['UnitRate'];
export type ReminderResult = S['ReminderResult'];
export type Consolidation = S['Consolidation'];
export type TaskConsolidation = S['TaskConsolidation'];
export type UnitResult = S['UnitResult'];
export type TargetProgress = S['TargetProgress'];
export type NarrativeExcerpt = S['NarrativeExcerpt'];
export type TransitionResult = S['TransitionResult'];

export const REPORT_STATES = reportStateValues;
export const TASK_PROGRESS = taskProgressValues;

/** The workflow steps a button can take, as the API names them in its paths and in a 409's `allowed`. */
export type Transition = 'submit' | 'send-back' | 'approve' | 'accept' | 'return';
