import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../app/api';
import type { IssuePlanRequest, Plan, PlanInput, PlanKind, PlanStatus } from '../../app/types';

export interface PlanListParams {
  q?: string;
  year?: number;
  status?: PlanStatus;
  kind?: PlanKind;
  issuingUnitId?: number;
  page: number; // 0-based, as the API counts
  size: number;
  sort: string;
}

export const planKeys = {
  all: ['plans'] as const,
  list: (p: PlanListParams) => ['plans', 'list', p] as const,
  search: (q: string) => ['plans', 'search', q] as const,
  detail: (id: number) => ['plans', 'detail', id] as const,
};

export function usePlanList(params: PlanListParams) {
  return useQuery({
    queryKey: planKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** Plans matching a free text, for pickers (e.g. the parent plan). */
export function usePlanSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: planKeys.search(q),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans', { params: { query: { q: q || undefined, page: 0, size: 20, sort: 'updatedAt,desc' } } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id } } })),
    enabled: Number.isFinite(id),
  });
}

function useOnPlanChanged() {
  const qc = useQueryClient();
  return (plan?: Plan) => {
    if (plan) qc.setQueryData(planKeys.detail(plan.id), plan);
    return qc.invalidateQueries({ queryKey: planKeys.all, refetchType: 'active' });
  };
}

export function useCreatePlan() {
  const changed = useOnPlanChanged();
  return useMutation({
    mutationFn: (body: PlanInput) => unwrap(api.POST('/api/v1/plans', { body })),
    onSuccess: (plan) => changed(plan),
  });
}

export function useUpdatePlan(id: number) {
  const changed = useOnPlanChanged();
  return useMutation({
    mutationFn: ({ body, version }: { body: PlanInput; version: number }) =>
      unwrap(
        api.PUT('/api/v1/plans/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (plan) => changed(plan),
  });
}

export function useDeletePlan(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.DELETE('/api/v1/plans/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => {
      qc.removeQueries({ queryKey: planKeys.detail(id) });
      return qc.invalidateQueries({ queryKey: planKeys.all, refetchType: 'active' });
    },
  });
}

export function useIssuePlan(id: number) {
  const changed = useOnPlanChanged();
  return useMutation({
    mutationFn: ({ body, version }: { body: IssuePlanRequest; version: number }) =>
      unwrap(
        api.POST('/api/v1/plans/{id}/issue', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (plan) => changed(plan),
  });
}

export function useClosePlan(id: number) {
  const changed = useOnPlanChanged();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/plans/{id}/close', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: (plan) => changed(plan),
  });
}
