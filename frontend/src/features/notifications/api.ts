import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../../app/api';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];

/** How often the bell asks for new notices (and on returning to the tab). */
export const POLL_MS = 60_000;
export const LATEST = 8;

export const notificationKeys = {
  all: ['notifications'] as const,
  latest: ['notifications', 'latest'] as const,
  page: (unread: boolean, page: number, size: number) => ['notifications', 'page', unread, page, size] as const,
};

/** The latest notices and the unread count, for the bell: polled modestly, and refreshed on focus. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.latest,
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { page: 0, size: LATEST } } })),
    enabled,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

export function useNotificationPage(unread: boolean, page: number, size: number) {
  return useQuery({
    queryKey: notificationKeys.page(unread, page, size),
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { unread: unread || undefined, page, size } } })),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
