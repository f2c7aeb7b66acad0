// Short names for the generated contract types (src/api/schema.d.ts). If the contract renames
// a schema, this is the one place to follow it.
import { assignmentRoleValues, planKindValues, planStatusValues, timeframeKindValues, unitGroupValues } from '../api/enums';
import type { components } from '../api/schema';

type S = components['schemas'];
export type CurrentUser = S['CurrentUser'];
export type UnitKind = S['UnitKind'];
export type UnitRef = S['UnitRef'];
export type Unit = S['Unit'];
export type UnitTreeNode = S['UnitTreeNode'];
export type PlanKind = S['PlanKind'];
export type PlanStatus = S['PlanStatus'];
export type PlanSummary = S['PlanSummary'];
export type PlanPage = S['PlanPage'];
export type Plan = S['Plan'];
export type PlanInput = S['PlanInput'];
export type PlanSections = S['PlanSections'];
export type IssuePlanRequest = S['IssuePlanRequest'];
export type Role = CurrentUser['roles'][number];

// the enums' values come from the contract (src/api/enums.ts), in its order
export const PLAN_KINDS = planKindValues;
export const PLAN_STATUSES = planStatusValues;
export const SECTION_KEYS = ['purpose', 'requirements', 'content', 'forms', 'audiences', 'budget', 'organisation'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

// The appendix (tasks), implementing plans and reference lists.
export type Task = S['Task'];
export type TaskInput = S['TaskInput'];
export type TaskPage = S['TaskPage'];
export type TaskRef = S['TaskRef'];
export type Assignment = S['Assignment'];
export type AssignmentInput = S['AssignmentInput'];
export type AssignmentRole = S['AssignmentRole'];
export type AssignmentVia = S['AssignmentVia'];
export type UnitGroup = S['UnitGroup'];
export type Timeframe = S['Timeframe'];
export type TimeframeInput = S['TimeframeInput'];
export type TimeframeKind = S['TimeframeKind'];
export type TaskTarget = S['TaskTarget'];
export type ImportResult = S['ImportResult'];
export type ImportedTask = S['ImportedTask'];
export type ImportProblem = S['ImportProblem'];
export type UnitTask = S['UnitTask'];
export type UnitTaskPage = S['UnitTaskPage'];
export type Coverage = S['Coverage'];
export type CoverageRow = S['CoverageRow'];
export type ImplementingPlanRequest = S['ImplementingPlanRequest'];
export type PlanRef = S['PlanRef'];
export type ReferenceLists = S['ReferenceLists'];
export type ReferenceItem = S['ReferenceItem'];

export const UNIT_GROUPS = unitGroupValues;
export const TIMEFRAME_KINDS = timeframeKindValues;
export const ASSIGNMENT_ROLES = assignmentRoleValues;

/** Roles that see the whole province (or everything) rather than their own unit. */
export function isCoordinatorOrAdmin(roles: readonly string[] | undefined): boolean {
  return !!roles && (roles.includes('coordinator') || roles.includes('admin'));
}
