import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api';
import type { UnitTreeNode } from './types';
import { foldDiacritics } from '../components/textSearch';
import type { SearchableTreeNode } from '../components/SearchableTreeSelect';

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
    queryFn: () =>
      unwrap(api.GET('/api/v1/units/tree', { params: { query: rootId === undefined ? {} : { rootId } } })),
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
