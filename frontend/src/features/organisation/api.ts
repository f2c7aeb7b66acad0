import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NationalCommuneDiff } from './types';
import { api, unwrap } from '../../app/api';

export const organisationKeys = {
  unit: (id: number) => ['units', 'detail', id] as const,
  provinces: ['national-units', 'provinces'] as const,
};

/** One unit with the chain of its ancestors. */
export function useUnit(id: number) {
  return useQuery({
    queryKey: organisationKeys.unit(id),
    queryFn: () => unwrap(api.GET('/api/v1/units/{id}', { params: { path: { id } } })),
    enabled: Number.isInteger(id) && id > 0,
    staleTime: 5 * 60_000,
  });
}

/** The 34 provinces of the national list (they change only with a release). */
export function useNationalProvinces(enabled = true) {
  return useQuery({
    queryKey: organisationKeys.provinces,
    queryFn: () => unwrap(api.GET('/api/v1/national-units/provinces')),
    staleTime: Infinity,
    enabled,
  });
}

export interface NationalLoad {
  unitId: number;
  provinceCode?: string;
  dryRun: boolean;
}

/** Compares (dryRun) or loads a province's communes; after a real load the tree is read again. */
export function useLoadNationalCommunes() {
  const qc = useQueryClient();
  return useMutation<NationalCommuneDiff, Error, NationalLoad>({
    mutationFn: ({ unitId, provinceCode, dryRun }) =>
      unwrap(
        api.POST('/api/v1/units/{id}/national-communes', {
          params: { path: { id: unitId }, query: { dryRun, ...(provinceCode ? { provinceCode } : {}) } },
        }),
      ),
    onSuccess: (diff) => {
      if (!diff.dryRun) return qc.invalidateQueries({ queryKey: ['units'] });
    },
  });
}

export interface ProvinceSetupRequest {
  provinceCode: string;
  /** The province unit's code (admins only; a province administrator's account names it). */
  unitCode?: string;
  dryRun: boolean;
}

/**
 * Creates a province, and its communes, from the national list (dryRun: only the preview). After a real
 * set-up the tree and the signed-in user are read again: a province administrator now administers it.
 */
export function useSetUpProvince() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ provinceCode, unitCode, dryRun }: ProvinceSetupRequest) =>
      unwrap(
        api.POST('/api/v1/national-units/provinces/{code}/setup', {
          params: { path: { code: provinceCode }, query: { dryRun, ...(unitCode ? { unitCode } : {}) } },
        }),
      ),
    // not awaited: the result shows at once, while the tree and the user are read again
    onSuccess: (setup) => {
      if (!setup.unit) return;
      void qc.invalidateQueries({ queryKey: ['units'] });
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
