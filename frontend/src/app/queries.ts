import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api';
import type { ReferenceItem, ReferenceLists, UnitTreeNode } from './types';
import type { SearchableTreeNode } from '../components/SearchableTreeSelect';
import { foldDiacritics } from '../components/textSearch';
import { useI18n } from '../i18n';

// Server state shared by several features.

export function useCurrentUser() {
  return useQuery({
    queryKey: ['me'],
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    staleTime: 5 * 60_000,
  });
}

/** The organisation tree, or only the subtree under `rootId` (e.g. the units one may write for). */
export function useUnitTree(rootId?: number, enabled = true) {
  return useQuery({
    queryKey: ['units', 'tree', rootId ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/units/tree', { params: { query: rootId === undefined ? {} : { rootId } } })),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** The units the signed-in user may draft plans for: their write scope, or everything for admins. */
export function useWritableUnitTree() {
  const me = useCurrentUser();
  const rootId = me.data?.roles.includes('admin') ? undefined : (me.data?.scopeUnit?.id ?? undefined);
  return useUnitTree(rootId, me.isSuccess);
}

/** Unit tree → TreeSelect data, searchable by name, short name and code without diacritics. */
export function unitTreeToSelectData(nodes: UnitTreeNode[] | undefined): SearchableTreeNode[] {
  return (nodes ?? []).map((n) => ({
    value: n.id,
    title: n.name,
    searchText: foldDiacritics([n.name, n.shortName ?? '', n.code].join(' ')),
    children: n.children?.length ? unitTreeToSelectData(n.children) : undefined,
  }));
}

/**
 * Every reference list (areas, indices, PAPI dimensions, forms, metrics, unit groups, timeframe kinds),
 * labelled in the UI language. They change only with a release, so they are read once per language.
 */
export function useReferenceLists() {
  const { lang } = useI18n();
  return useQuery({
    queryKey: ['reference-lists', lang],
    // the client sends Accept-Language: lang, so the labels come in the UI language
    queryFn: () => unwrap(api.GET('/api/v1/reference-lists')),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export type ReferenceListName = keyof ReferenceLists;

/** The label of a code in a reference list; the code itself while the list is loading or unknown. */
export function referenceLabel(lists: ReferenceLists | undefined, list: ReferenceListName, code: string | null | undefined): string {
  if (!code) return '';
  return lists?.[list].find((i: ReferenceItem) => i.code === code)?.label ?? code;
}

/** Reference items → antd Select options. */
export function referenceOptions(lists: ReferenceLists | undefined, list: ReferenceListName) {
  return (lists?.[list] ?? []).map((i: ReferenceItem) => ({ value: i.code, label: i.label }));
}

/**
 * The issued plans the user may see (the latest hundred), for the plan filters of lists (My tasks,
 * Deadlines, Reports). Its key starts with 'plans', so the plans feature's invalidations refresh it.
 */
export function useIssuedPlans() {
  return useQuery({
    queryKey: ['plans', 'issued'],
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { status: 'ISSUED', page: 0, size: 100, sort: 'issuedOn,desc' } } })),
    staleTime: 60_000,
  });
}
