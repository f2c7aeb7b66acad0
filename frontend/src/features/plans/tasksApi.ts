import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { planKeys } from './api';
import { api, ifMatch, unwrap } from '../../app/api';
import type { ImplementingPlanRequest, Plan, TaskInput, TaskPage } from '../../app/types';
import { saveBlob } from '../../components/saveBlob';

// A plan's appendix (tasks), its import and export, implementing plans and their coverage.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest page the API serves: an appendix is read in one go. */
const APPENDIX_PAGE_SIZE = 1000;

export const taskKeys = {
  plan: (planId: number) => ['plans', 'tasks', planId] as const,
  coverage: (planId: number) => ['plans', 'coverage', planId] as const,
  myCount: (planId: number) => ['plans', 'my-task-count', planId] as const,
};

export function usePlanTasks(planId: number) {
  return useQuery({
    queryKey: taskKeys.plan(planId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{planId}/tasks', { params: { path: { planId }, query: { page: 0, size: APPENDIX_PAGE_SIZE } } })),
  });
}

function useTasksChanged(planId: number) {
  const qc = useQueryClient();
  return (page?: TaskPage) => {
    if (page) qc.setQueryData(taskKeys.plan(planId), page);
    return qc.invalidateQueries({ queryKey: taskKeys.plan(planId) });
  };
}

export function useCreateTask(planId: number) {
  const changed = useTasksChanged(planId);
  return useMutation({
    mutationFn: (body: TaskInput) => unwrap(api.POST('/api/v1/plans/{planId}/tasks', { params: { path: { planId } }, body })),
    onSuccess: () => changed(),
  });
}

export function useUpdateTask(planId: number) {
  const changed = useTasksChanged(planId);
  return useMutation({
    mutationFn: ({ id, version, body }: { id: number; version: number; body: TaskInput }) =>
      unwrap(api.PUT('/api/v1/tasks/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => changed(),
  });
}

export function useDeleteTask(planId: number) {
  const changed = useTasksChanged(planId);
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/tasks/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => changed(),
  });
}

/** Sends every task id once, in the new order; the answer is the renumbered appendix. */
export function useReorderTasks(planId: number) {
  const changed = useTasksChanged(planId);
  return useMutation({
    mutationFn: (taskIds: number[]) =>
      unwrap(api.PUT('/api/v1/plans/{planId}/tasks/order', { params: { path: { planId } }, body: { taskIds } })),
    onSuccess: (page) => changed(page),
  });
}

/** The table to import: pasted text, or the bytes of an .xlsx file. */
export type ImportSource = { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: ArrayBuffer };

/** Reads the table and reports what it would save (nothing is saved). */
export function useImportDryRun(planId: number) {
  return useMutation({
    mutationFn: (source: ImportSource) =>
      unwrap(
        api.POST('/api/v1/plans/{planId}/tasks/import', {
          params: { path: { planId }, query: { dryRun: true } },
          // the body goes as it is: text/plain or the spreadsheet's bytes, not JSON
          body: (source.kind === 'text' ? source.text : source.bytes) as string,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { 'Content-Type': source.kind === 'text' ? 'text/plain; charset=utf-8' : XLSX_TYPE },
        }),
      ),
  });
}

/** Saves the corrected tasks, all or none. */
export function useSaveTaskBatch(planId: number) {
  const changed = useTasksChanged(planId);
  return useMutation({
    mutationFn: ({ tasks, replace }: { tasks: TaskInput[]; replace: boolean }) =>
      unwrap(api.POST('/api/v1/plans/{planId}/tasks/batch', { params: { path: { planId } }, body: { tasks, replace } })),
    // the answer holds only the new tasks: read the whole appendix again
    onSuccess: () => changed(),
  });
}

/** Downloads the appendix as .xlsx (a fetch with the bearer token, then a Blob link). */
export async function downloadAppendix(planId: number, fileName: string): Promise<void> {
  const blob = await unwrap(api.GET('/api/v1/plans/{planId}/tasks/export', { params: { path: { planId } }, parseAs: 'blob' }));
  saveBlob(blob as unknown as Blob, fileName);
}

/** Which units the plan assigns work to and whether they have issued implementing plans. */
export function useCoverage(planId: number, enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.coverage(planId),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}/coverage', { params: { path: { id: planId } } })),
    enabled,
  });
}

/** How many of the plan's tasks fall on the caller's unit (0 when none, or when it has no unit). */
export function useMyTaskCount(planId: number, enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.myCount(planId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/tasks', { params: { query: { planId, page: 0, size: 1 } } }))).total,
    enabled,
    staleTime: 60_000,
  });
}

export function useCreateImplementingPlan(parentId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ImplementingPlanRequest) =>
      unwrap(api.POST('/api/v1/plans/{id}/implementing-plans', { params: { path: { id: parentId } }, body })),
    onSuccess: (plan: Plan) => {
      qc.setQueryData(planKeys.detail(plan.id), plan);
      return qc.invalidateQueries({ queryKey: planKeys.all, refetchType: 'active' });
    },
  });
}
