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

export function useUnitTree() {
  return useQuery({
    queryKey: ['units', 'tree'],
    queryFn: () => unwrap(api.GET('/api/v1/units/tree')),
    staleTime: 10 * 60_000,
  });
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
