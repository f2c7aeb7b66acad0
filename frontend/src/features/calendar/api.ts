import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarDayKindValues } from '../../api/enums';
import type { components } from '../../api/schema';
import { api, ifMatch, unwrap } from '../../app/api';

type S = components['schemas'];
export type CalendarYear = S['CalendarYear'];
export type CalendarYearSummary = S['CalendarYearSummary'];
export type CalendarDay = S['CalendarDay'];
export type CalendarDayKind = S['CalendarDayKind'];
export type CalendarDayInput = S['CalendarDayInput'];
export const DAY_KINDS = calendarDayKindValues;

// Query keys under 'calendar' are shared with the month view of the deadlines (['calendar', 'year', y]).
export const calendarKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
};

export function useCalendarYears() {
  return useQuery({
    queryKey: calendarKeys.years,
    queryFn: () => unwrap(api.GET('/api/v1/calendar/years')),
    staleTime: 60_000,
  });
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: () => unwrap(api.GET('/api/v1/calendar/years/{year}', { params: { path: { year } } })),
    enabled: year >= 2000 && year <= 2100,
  });
}

/** A calendar change moves working-day deadlines: everything derived from the calendar is read again. */
function useOnCalendarChanged() {
  const qc = useQueryClient();
  return () => Promise.all([calendarKeys.all, ['deadlines'], ['report-schedules']].map((queryKey) => qc.invalidateQueries({ queryKey })));
}

export function useAddDay() {
  const changed = useOnCalendarChanged();
  return useMutation({
    mutationFn: (body: CalendarDayInput) => unwrap(api.POST('/api/v1/calendar/days', { body })),
    onSuccess: () => changed(),
  });
}

export function useUpdateDay() {
  const changed = useOnCalendarChanged();
  return useMutation({
    mutationFn: ({ date, version, kind, name }: { date: string; version: number; kind: CalendarDayKind; name: string }) =>
      unwrap(
        api.PUT('/api/v1/calendar/days/{date}', {
          params: { path: { date }, header: { 'If-Match': ifMatch(version) } },
          body: { kind, name },
        }),
      ),
    onSuccess: () => changed(),
  });
}

export function useDeleteDay() {
  const changed = useOnCalendarChanged();
  return useMutation({
    mutationFn: ({ date, version }: { date: string; version: number }) =>
      unwrap(api.DELETE('/api/v1/calendar/days/{date}', { params: { path: { date }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => changed(),
  });
}

export function usePutYear() {
  const changed = useOnCalendarChanged();
  return useMutation({
    mutationFn: ({ year, version, provisional, note }: { year: number; version?: number; provisional: boolean; note: string | null }) =>
      unwrap(
        api.PUT('/api/v1/calendar/years/{year}', {
          params: { path: { year }, header: version !== undefined ? { 'If-Match': ifMatch(version) } : {} },
          body: { provisional, note },
        }),
      ),
    onSuccess: () => changed(),
  });
}

/** The working-day helper: the date `days` working days after `date`. */
export function useAddWorkingDays(date: string | null, days: number | null) {
  return useQuery({
    queryKey: ['calendar', 'add-working-days', date, days],
    queryFn: () => unwrap(api.GET('/api/v1/calendar/add-working-days', { params: { query: { date: date!, days: days! } } })),
    enabled: !!date && days !== null,
  });
}
