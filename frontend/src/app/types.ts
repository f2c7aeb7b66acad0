// Short names for the generated contract types (src/api/schema.d.ts). If the contract renames
// a schema, this is the one place to follow it.
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

export const PLAN_KINDS: PlanKind[] = ['CCHC', 'COMMUNICATION', 'PAPI', 'PAR_INDEX', 'SIPAS', 'INSPECTION', 'OTHER'];
export const PLAN_STATUSES: PlanStatus[] = ['DRAFT', 'ISSUED', 'CLOSED'];
export const SECTION_KEYS = ['purpose', 'requirements', 'content', 'forms', 'audiences', 'budget', 'organisation'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
