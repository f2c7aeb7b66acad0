import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../app/api';
import type { AssignmentRole, TimeframeKind } from '../../app/types';

export interface UnitTaskParams {
  /** The unit; the caller's own when absent. */
  unitId?: number;
  planId?: number;
  role?: AssignmentRole;
  area?: string;
  index?: string;
  timeframe?: TimeframeKind;
  q?: string;
  page: number; // 0-based
  size: number;
}

export function useUnitTasks(params: UnitTaskParams, enabled: boolean) {
  return useQuery({
    queryKey: ['tasks', 'unit', params],
    queryFn: () => unwrap(api.GET('/api/v1/tasks', { params: { query: params } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
