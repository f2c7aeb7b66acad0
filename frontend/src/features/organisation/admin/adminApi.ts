import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api, ifMatch, unwrap } from '../../../app/api';

type S = components['schemas'];
export type UnitInput = S['UnitInput'];
export type UnitEdit = S['UnitEdit'];
export type UnitRename = S['UnitRename'];
export type UnitMove = S['UnitMove'];
export type UnitDissolution = S['UnitDissolution'];
export type UnitMerger = S['UnitMerger'];
export type UnitHistory = S['UnitHistory'];
export type UnitVersion = S['UnitVersion'];

/** After any change the tree and every unit are read again: their keys all start with 'units'. */
function useUnitsMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation<R, Error, V>({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['units'] }),
  });
}

export function useCreateUnit() {
  return useUnitsMutation((body: UnitInput) => unwrap(api.POST('/api/v1/units', { body })));
}

interface Versioned<B> {
  id: number;
  version: number;
  body: B;
}

export function useUpdateUnit() {
  return useUnitsMutation(({ id, version, body }: Versioned<UnitEdit>) =>
    unwrap(api.PUT('/api/v1/units/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
  );
}

export function useRenameUnit() {
  return useUnitsMutation(({ id, version, body }: Versioned<UnitRename>) =>
    unwrap(api.POST('/api/v1/units/{id}/rename', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
  );
}

export function useMoveUnit() {
  return useUnitsMutation(({ id, version, body }: Versioned<UnitMove>) =>
    unwrap(api.POST('/api/v1/units/{id}/move', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
  );
}

export function useDissolveUnit() {
  return useUnitsMutation(({ id, version, body }: Versioned<UnitDissolution>) =>
    unwrap(api.POST('/api/v1/units/{id}/dissolve', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
  );
}

export function useMergeUnits() {
  return useUnitsMutation((body: UnitMerger) => unwrap(api.POST('/api/v1/units/mergers', { body })));
}

export function useDeleteUnit() {
  return useUnitsMutation(({ id, version }: { id: number; version: number }) =>
    unwrap(api.DELETE('/api/v1/units/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
  );
}

/** A unit's dated versions and its predecessors and successors. */
export function useUnitHistory(id: number) {
  return useQuery({
    queryKey: ['units', 'history', id],
    queryFn: () => unwrap(api.GET('/api/v1/units/{id}/history', { params: { path: { id } } })),
  });
}

/** Units matching a text (diacritics ignored), for pickers. */
export function useUnitSearch(q: string, withinId?: number) {
  return useQuery({
    queryKey: ['units', 'search', q, withinId ?? 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/units', {
          params: { query: { q: q || undefined, withinId, page: 0, size: 30, sort: 'name,asc' } },
        }),
      ),
    staleTime: 60_000,
  });
}

/** The tree as of a past day (`asOf`), or today's. */
export function useUnitTreeAsOf(asOf: string | null) {
  return useQuery({
    queryKey: ['units', 'tree', 'all', asOf ?? 'today'],
    queryFn: () => unwrap(api.GET('/api/v1/units/tree', { params: { query: asOf ? { asOf } : {} } })),
    staleTime: 10 * 60_000,
  });
}
