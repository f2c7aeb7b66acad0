import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeadlineQuery } from './params';
import type { Deadline, ReportScheduleInput, TaskCompletion } from './types';
import { api, ifMatch, unwrap } from '../../app/api';
import { saveBlob } from '../../components/saveBlob';
import { useI18n } from '../../i18n';

export const deadlineKeys = {
  all: ['deadlines'] as const,
  list: (q: DeadlineQuery, lang: string) => ['deadlines', 'list', q, lang] as const,
  every: (q: DeadlineQuery, max: number, lang: string) => ['deadlines', 'every', q, max, lang] as const,
  feed: ['me', 'calendar-feed'] as const,
  schedules: (planId: number, lang: string) => ['report-schedules', planId, lang] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
};

/** One page of deadlines (the server localises period labels and notes: the language is in the key). */
export function useDeadlines(query: DeadlineQuery, enabled = true) {
  const { lang } = useI18n();
  return useQuery({
    queryKey: deadlineKeys.list(query, lang),
    queryFn: () => unwrap(api.GET('/api/v1/deadlines', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

const PAGE = 100;

/** Every deadline matching a query, read page by page up to `max`; `total` says how many there are. */
export function useEveryDeadline(query: Omit<DeadlineQuery, 'page' | 'size'>, max: number, enabled = true) {
  const { lang } = useI18n();
  return useQuery({
    queryKey: deadlineKeys.every(query, max, lang),
    queryFn: async () => {
      const items: Deadline[] = [];
      let total = 0;
      let totalExact = true;
      for (let page = 0; items.length < max; page++) {
        const p = await unwrap(api.GET('/api/v1/deadlines', { params: { query: { ...query, page, size: PAGE } } }));
        items.push(...p.items);
        total = p.total;
        totalExact = p.totalExact;
        if (p.items.length < PAGE || (totalExact && items.length >= total)) break;
      }
      // more than shown: beyond max, or beyond the server's count (a lower bound)
      const truncated = total > max || !totalExact;
      return { items: items.slice(0, max), total, totalExact, truncated };
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCompleteDeadline() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: TaskCompletion }) =>
      unwrap(api.POST('/api/v1/deadlines/{id}/complete', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: deadlineKeys.all }),
  });
}

/** Downloads the deadlines matching a query as .xlsx (a fetch with the bearer token, then a Blob link). */
export async function downloadDeadlines(query: Omit<DeadlineQuery, 'page' | 'size' | 'sort'>, fileName: string) {
  const blob = await unwrap(api.GET('/api/v1/deadlines/export', { params: { query }, parseAs: 'blob' }));
  saveBlob(blob as unknown as Blob, fileName);
}

/** A year of the working calendar (holidays and make-up days), for the month view. */
export function useCalendarYear(year: number, enabled = true) {
  return useQuery({
    queryKey: deadlineKeys.year(year),
    queryFn: () => unwrap(api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } })),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** The date `days` working days after `date` (the date itself not counted), over the official calendar. */
export function useWorkingDaysAfter(date: string | null, days: number) {
  return useQuery({
    queryKey: ['calendar', 'add-working-days', date, days],
    queryFn: () => unwrap(api.GET('/api/v1/calendar/add-working-days', { params: { query: { date: date!, days } } })),
    enabled: !!date && days > 0,
    staleTime: 10 * 60_000,
  });
}

// ---------------------------------------------------------------- calendar subscription

export function useCalendarFeed(enabled = true) {
  return useQuery({
    queryKey: deadlineKeys.feed,
    queryFn: () => unwrap(api.GET('/api/v1/me/calendar-feed')),
    enabled,
  });
}

export function useRotateFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed')),
    // the URL comes only with this answer: keep the status, not the secret, in the cache
    onSuccess: (feed) => qc.setQueryData(deadlineKeys.feed, { ...feed, url: null, urlTemplate: null }),
  });
}

export function useRevokeFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => qc.invalidateQueries({ queryKey: deadlineKeys.feed }),
  });
}

// ---------------------------------------------------------------- report schedules

export function useReportSchedules(planId: number) {
  const { lang } = useI18n();
  return useQuery({
    queryKey: deadlineKeys.schedules(planId, lang),
    queryFn: () => unwrap(api.GET('/api/v1/plans/{planId}/report-schedules', { params: { path: { planId } } })),
  });
}

function useOnSchedulesChanged(planId: number) {
  const qc = useQueryClient();
  return () =>
    Promise.all([qc.invalidateQueries({ queryKey: ['report-schedules', planId] }), qc.invalidateQueries({ queryKey: deadlineKeys.all })]);
}

export function useSaveSchedule(planId: number) {
  const changed = useOnSchedulesChanged(planId);
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: number; version?: number; body: ReportScheduleInput }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/plans/{planId}/report-schedules', { params: { path: { planId } }, body }))
        : unwrap(
            api.PUT('/api/v1/report-schedules/{id}', {
              params: { path: { id }, header: { 'If-Match': ifMatch(version ?? 0) } },
              body,
            }),
          ),
    onSuccess: () => changed(),
  });
}

export function useDeleteSchedule(planId: number) {
  const changed = useOnSchedulesChanged(planId);
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/report-schedules/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => changed(),
  });
}
