import { DEADLINE_KINDS, DEADLINE_STATES, type DeadlineKind, type DeadlineState } from './types';
import { isIsoDate } from '../../components/dates';

// The Deadlines page keeps its filters in the URL so that Back, reload and shared links work:
//   ?view=list|month|units&unit=35&subtree=0&kind=TASK&state=OVERDUE&planId=3&from=2026-03-01&to=2026-03-31
//    &page=2&size=50&sort=unit,asc&month=2026-03&q=viet tri
// planId has the same name as in the links of reminder notices (/deadlines?planId=3).

export const VIEWS = ['list', 'month', 'units'] as const;
export type View = (typeof VIEWS)[number];
export const DEFAULT_SIZE = 20;
export const DEFAULT_SORT = 'dueOn,asc';
export const SORT_FIELDS = ['dueOn', 'unit', 'plan', 'kind'] as const;

export interface DeadlineFilters {
  view: View;
  /** The unit looked at; the caller's scope when absent. */
  unitId?: number;
  /** Include the units below it (the API's default). */
  subtree: boolean;
  kind?: DeadlineKind;
  state?: DeadlineState;
  planId?: number;
  from?: string;
  to?: string;
  page: number; // 0-based, as the API counts
  size: number;
  sort: string;
  /** The month of the month view, yyyy-MM; the current month when absent. */
  month?: string;
  /** Unit name search of the units tab. */
  q?: string;
}

/** The query of GET /api/v1/deadlines (and of its export) for some filters. */
export interface DeadlineQuery {
  unitId?: number;
  subtree?: boolean;
  kind?: DeadlineKind;
  state?: DeadlineState;
  planId?: number;
  from?: string;
  to?: string;
  page?: number;
  size?: number;
  sort?: string;
}

function intParam(value: string | null): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

/** A real civil date written yyyy-MM-dd, else undefined. */
export function isoDateParam(value: string | null): string | undefined {
  return isIsoDate(value) ? value : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

export function readFilters(sp: URLSearchParams): DeadlineFilters {
  const sort = sp.get('sort') ?? DEFAULT_SORT;
  const [field, dir] = sort.split(',');
  const month = sp.get('month');
  const unitId = intParam(sp.get('unit'));
  const planId = intParam(sp.get('planId'));
  return {
    view: oneOf(sp.get('view'), VIEWS) ?? 'list',
    unitId: unitId !== undefined && unitId > 0 ? unitId : undefined,
    subtree: sp.get('subtree') !== '0' && sp.get('subtree') !== 'false',
    kind: oneOf(sp.get('kind'), DEADLINE_KINDS),
    state: oneOf(sp.get('state'), DEADLINE_STATES),
    planId: planId !== undefined && planId > 0 ? planId : undefined,
    from: isoDateParam(sp.get('from')),
    to: isoDateParam(sp.get('to')),
    page: Math.max(0, (intParam(sp.get('page')) ?? 1) - 1),
    size: Math.min(100, Math.max(1, intParam(sp.get('size')) ?? DEFAULT_SIZE)),
    sort: (SORT_FIELDS as readonly string[]).includes(field) && (dir === 'asc' || dir === 'desc') ? sort : DEFAULT_SORT,
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    q: sp.get('q')?.trim() || undefined,
  };
}

/** The API query for the list: only what differs from the API's defaults is sent. */
export function toQuery(f: DeadlineFilters): DeadlineQuery {
  const q: DeadlineQuery = {};
  if (f.unitId !== undefined) q.unitId = f.unitId;
  if (!f.subtree) q.subtree = false;
  if (f.kind) q.kind = f.kind;
  if (f.state) q.state = f.state;
  if (f.planId !== undefined) q.planId = f.planId;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  q.page = f.page;
  q.size = f.size;
  q.sort = f.sort;
  return q;
}

/**
 * A copy of the search params with a patch applied: empty values remove their key; the page goes back
 * to the first unless only the page (or the page size) changes.
 */
export function patchParams(
  sp: URLSearchParams,
  patch: Record<string, string | number | boolean | undefined | null>,
  resetPage = true,
): URLSearchParams {
  const next = new URLSearchParams(sp);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null || v === '' || v === false) next.delete(k);
    else next.set(k, v === true ? '1' : String(v));
  }
  if (resetPage) next.delete('page');
  return next;
}

/** The keys a "clear filters" removes (the view, the unit and the month stay). */
export const FILTER_KEYS = ['kind', 'state', 'planId', 'from', 'to', 'q', 'page', 'sort'] as const;
