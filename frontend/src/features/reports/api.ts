import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MetricInfo } from './model';
import type { Report, ReportInput, ReportState, ReportSummary, Transition } from './types';
import { api, ifMatch, unwrap } from '../../app/api';
import { useReferenceLists } from '../../app/queries';
import { ApiError, toProblem } from '../../components/problem';
import { saveBlob } from '../../components/saveBlob';

export const reportKeys = {
  all: ['reports'] as const,
  mine: () => ['reports', 'mine'] as const,
  list: (p: ReportListParams) => ['reports', 'list', p] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
  due: (unitId: number) => ['reports', 'due', unitId] as const,
  schedules: (planId: number) => ['reports', 'schedules', planId] as const,
  rates: (planId: number, scheduleId: number, period: string) => ['reports', 'rates', planId, scheduleId, period] as const,
  consolidation: (planId: number, scheduleId: number | undefined, period: string) =>
    ['reports', 'consolidation', planId, scheduleId ?? 'first', period] as const,
};

export interface ReportListParams {
  /** Only this unit's (the unit's page in the Organisation area). */
  unitId?: number;
  planId?: number;
  periodKey?: string;
  state?: ReportState;
  page: number; // 0-based
  size: number;
}

/** How many pages of 100 the unit's own list reads at most (a unit has a few reports per plan and year). */
const MAX_PAGES = 10;

/** Every report the caller's unit has (all states), read page by page. */
export function useOwnReports(enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.mine(),
    queryFn: async () => {
      const items: ReportSummary[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const p = await unwrap(api.GET('/api/v1/reports', { params: { query: { page, size: 100, sort: 'period,desc' } } }));
        items.push(...p.items);
        if (items.length >= p.total || p.items.length === 0) break;
      }
      return items;
    },
    enabled,
  });
}

/** One page of the reports the caller sees (for coordinators: the reports sent to them). */
export function useReportList(params: ReportListParams, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/reports', { params: { query: { ...params, sort: 'updatedAt,desc' } } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The unit's report deadlines (one per plan, schedule and period), the earliest first. */
export function useReportDeadlines(unitId: number | undefined) {
  return useQuery({
    queryKey: reportKeys.due(unitId ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/deadlines', {
          params: { query: { kind: 'REPORT', unitId, subtree: false, page: 0, size: 100, sort: 'dueOn,asc' } },
        }),
      ),
    enabled: unitId !== undefined,
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id } } })),
  });
}

function useReportChanged() {
  const qc = useQueryClient();
  return (report?: Report) => {
    if (report) qc.setQueryData(reportKeys.detail(report.id), report);
    return qc.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'reports' && !(q.queryKey[1] === 'detail' && q.queryKey[2] === report?.id),
    });
  };
}

export function useCreateReport() {
  const changed = useReportChanged();
  return useMutation({
    mutationFn: (body: { scheduleId: number; periodKey: string }) => unwrap(api.POST('/api/v1/reports', { body })),
    onSuccess: (report) => changed(report),
  });
}

export function useSaveReport(id: number) {
  const changed = useReportChanged();
  return useMutation({
    mutationFn: ({ body, version }: { body: ReportInput; version: number }) =>
      unwrap(api.PUT('/api/v1/reports/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (report) => changed(report),
  });
}

const TRANSITION_PATHS = {
  submit: '/api/v1/reports/{id}/submit',
  'send-back': '/api/v1/reports/{id}/send-back',
  approve: '/api/v1/reports/{id}/approve',
  accept: '/api/v1/reports/{id}/accept',
  return: '/api/v1/reports/{id}/return',
} as const;

export interface TransitionRequest {
  id: number;
  action: Transition;
  version?: number;
  comment?: string;
}

/** One workflow step; answers the report after it and whether anything changed. */
export function transitionReport({ id, action, version, comment }: TransitionRequest) {
  return unwrap(
    api.POST(TRANSITION_PATHS[action], {
      params: { path: { id }, header: version === undefined ? {} : { 'If-Match': ifMatch(version) } },
      body: { comment: comment?.trim() || null },
    }),
  );
}

export function useTransition() {
  const changed = useReportChanged();
  return useMutation({
    mutationFn: transitionReport,
    onSuccess: (result) => changed(result.report),
  });
}

export function useAddLink(reportId: number) {
  const changed = useReportChanged();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; url: string; taskId?: number | null }) =>
      unwrap(api.POST('/api/v1/reports/{id}/evidence/links', { params: { path: { id: reportId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: reportKeys.detail(reportId) }).then(() => changed()),
  });
}

export function useUploadEvidence(reportId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, title, taskId }: { file: File; title?: string; taskId?: number | null }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (title?.trim()) form.append('title', title.trim());
      if (taskId) form.append('taskId', String(taskId));
      return unwrap(
        api.POST('/api/v1/reports/{id}/evidence/files', {
          params: { path: { id: reportId } },
          // the browser sets the multipart boundary itself
          body: form as unknown as { file?: string; taskId?: number; title?: string },
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: reportKeys.detail(reportId) }),
  });
}

export function useDeleteEvidence(reportId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: number) =>
      unwrap(api.DELETE('/api/v1/reports/{id}/evidence/{evidenceId}', { params: { path: { id: reportId, evidenceId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: reportKeys.detail(reportId) }),
  });
}

/** A plan's report schedules with their periods (read here: features do not import each other). */
export function useReportSchedules(planId: number | undefined) {
  return useQuery({
    queryKey: reportKeys.schedules(planId ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/report-schedules', { params: { path: { planId: planId! } } })),
    enabled: planId !== undefined,
    staleTime: 60_000,
  });
}

export function useReportingRates(planId: number, scheduleId: number | undefined, period: string | undefined) {
  return useQuery({
    queryKey: reportKeys.rates(planId, scheduleId ?? 0, period ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/reporting-rates', { params: { path: { id: planId }, query: { scheduleId, period: period! } } })),
    enabled: scheduleId !== undefined && !!period,
    placeholderData: keepPreviousData,
  });
}

export function useRemindMissing(planId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ scheduleId, period }: { scheduleId: number; period: string }) =>
      unwrap(api.POST('/api/v1/plans/{id}/reporting-rates/remind', { params: { path: { id: planId }, query: { scheduleId, period } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', 'rates', planId] }),
  });
}

export function useConsolidation(planId: number, scheduleId: number | undefined, period: string | undefined) {
  return useQuery({
    queryKey: reportKeys.consolidation(planId, scheduleId, period ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/{id}/consolidation', { params: { path: { id: planId }, query: { scheduleId, period: period! } } })),
    enabled: !!period,
    placeholderData: keepPreviousData,
  });
}

// ---------------------------------------------------------------- downloads

interface BlobResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The file name the server proposes (Content-Disposition), or the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? fallback;
}

/**
 * Fetches a file through the authenticated client (a plain link would not carry the bearer token) and
 * hands it to the browser as a download.
 */
async function download(call: Promise<BlobResult>, fallbackName: string): Promise<void> {
  let result: BlobResult;
  try {
    result = await call;
  } catch (e) {
    throw new ApiError({ status: 0, detail: e instanceof Error ? e.message : String(e) });
  }
  if (!result.response.ok) {
    let body: unknown = result.error;
    if (body instanceof Blob) {
      try {
        body = JSON.parse(await body.text());
      } catch {
        body = undefined;
      }
    }
    throw new ApiError(toProblem(result.response.status, body));
  }
  saveBlob(result.data as Blob, fileNameOf(result.response, fallbackName));
}

export function downloadReportDocument(id: number) {
  return download(api.GET('/api/v1/reports/{id}/document', { params: { path: { id } }, parseAs: 'blob' }), `bao-cao-${id}.docx`);
}

export function downloadEvidenceFile(reportId: number, evidenceId: number, fileName: string) {
  return download(
    api.GET('/api/v1/reports/{id}/evidence/{evidenceId}/content', { params: { path: { id: reportId, evidenceId } }, parseAs: 'blob' }),
    fileName,
  );
}

export interface DocumentOptions {
  number?: string;
  signerName?: string;
  signerPosition?: string;
  signingCapacity?: string;
}

export function downloadConsolidatedDocument(planId: number, scheduleId: number | undefined, period: string, options: DocumentOptions) {
  const clean = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, v?.trim() || undefined]));
  return download(
    api.GET('/api/v1/plans/{id}/consolidation/document', {
      params: { path: { id: planId }, query: { scheduleId, period, ...clean } },
      parseAs: 'blob',
    }),
    `bao-cao-tong-hop-${planId}-${period}.docx`,
  );
}

export function downloadConsolidationSpreadsheet(planId: number, scheduleId: number | undefined, period: string) {
  return download(
    api.GET('/api/v1/plans/{id}/consolidation/spreadsheet', {
      params: { path: { id: planId }, query: { scheduleId, period } },
      parseAs: 'blob',
    }),
    `so-lieu-${planId}-${period}.xlsx`,
  );
}

/** The METRIC reference list (figures by communication form, with units of measure) in the UI language. */
export function useMetrics(): MetricInfo[] {
  const refs = useReferenceLists();
  return useMemo(() => (refs.data?.metrics ?? []).map((m) => ({ code: m.code, label: m.label, measure: m.measure ?? null })), [refs.data]);
}
