// Test fixtures: deadlines of Phường Việt Trì under a Phú Thọ plan issued on 05/02/2026.
import type { Deadline, ReportSchedule } from './types';
import { PT, PT_SNV, PT_VIETTRI } from '../../test/tasks';

export const PLAN_REF = { id: 7, number: '25/KH-UBND', title: 'Tuyên truyền CCHC tỉnh Phú Thọ năm 2026', year: 2026 };

const base = {
  unit: PT_VIETTRI,
  plan: PLAN_REF,
  task: null,
  schedule: null,
  period: null,
  dueNote: null,
  metOn: null,
  metRef: null,
  output: null,
  canComplete: false,
  warnings: [],
  dueOnWorkingDay: true,
} satisfies Partial<Deadline>;

export const IMPLEMENTING: Deadline = {
  ...base,
  id: 1,
  kind: 'IMPLEMENTING_PLAN',
  dueOn: '2026-03-05',
  state: 'OVERDUE',
  workingDaysLeft: -4,
};

export const REPORT_Q1: Deadline = {
  ...base,
  id: 2,
  kind: 'REPORT',
  schedule: { id: 4, name: 'Báo cáo định kỳ hằng quý' },
  period: {
    key: '2026-Q1',
    label: 'Quý I/2026',
    start: '2026-01-01',
    end: '2026-03-31',
    dueOn: '2026-03-10',
    dueOnWorkingDay: true,
    dueNote: null,
  },
  dueOn: '2026-03-10',
  state: 'DUE_SOON',
  workingDaysLeft: 2,
};

export const TASK_FEB: Deadline = {
  ...base,
  id: 3,
  kind: 'TASK',
  task: {
    id: 301,
    planId: 7,
    sectionCode: 'I',
    orderNo: 1,
    excerpt: 'Đăng tải tin, bài về cải cách hành chính trên Trang thông tin điện tử',
  },
  period: {
    key: 'M02-2026',
    label: 'Tháng 2/2026',
    start: '2026-02-01',
    end: '2026-02-28',
    dueOn: '2026-02-28',
    dueOnWorkingDay: false,
    dueNote: null,
  },
  dueOn: '2026-02-28',
  dueOnWorkingDay: false,
  state: 'OVERDUE',
  workingDaysLeft: -1,
  canComplete: true,
};

export const TASK_MET: Deadline = {
  ...TASK_FEB,
  id: 4,
  period: {
    ...TASK_FEB.period!,
    key: 'M03-2026',
    label: 'Tháng 3/2026',
    start: '2026-03-01',
    end: '2026-03-31',
    dueOn: '2026-03-31',
    dueOnWorkingDay: true,
  },
  dueOn: '2026-03-31',
  dueOnWorkingDay: true,
  state: 'MET_ON_TIME',
  workingDaysLeft: null,
  metOn: '2026-03-20',
  metRef: 'task:301',
  output: 'Đã đăng 12 tin, bài',
  canComplete: false,
};

export const deadlinePage = (items: Deadline[]) => ({ items, page: 0, size: 20, total: items.length, totalExact: true });

export const VIETTRI_ME = {
  username: 'viettri.officer',
  displayName: 'Cán bộ Việt Trì',
  roles: ['officer'],
  unit: PT_VIETTRI,
  scopeUnit: PT_VIETTRI,
  permissions: { canCreatePlans: true },
};

export const QUARTERLY: ReportSchedule = {
  id: 4,
  planId: 5,
  name: 'Báo cáo định kỳ hằng quý',
  periodType: 'QUARTER',
  periods: [],
  dueRule: 'DAY_OF_LAST_MONTH',
  dueDay: 10,
  dueWorkingDays: null,
  dueDate: null,
  cutoff: 'CALENDAR',
  receivingUnit: PT_SNV,
  version: 2,
  occurrences: [
    {
      key: '2026-Q1',
      label: 'Quý I/2026',
      start: '2026-01-01',
      end: '2026-03-31',
      dueOn: '2026-03-10',
      dueOnWorkingDay: true,
      dueNote: null,
    },
    {
      key: '2026-Q2',
      label: 'Quý II/2026',
      start: '2026-04-01',
      end: '2026-06-30',
      dueOn: '2026-06-10',
      dueOnWorkingDay: true,
      dueNote: null,
    },
    {
      key: '2026-Q3',
      label: 'Quý III/2026',
      start: '2026-07-01',
      end: '2026-09-30',
      dueOn: '2026-09-10',
      dueOnWorkingDay: true,
      dueNote: null,
    },
    {
      key: '2026-Q4',
      label: 'Quý IV/2026',
      start: '2026-10-01',
      end: '2026-12-31',
      dueOn: '2026-12-10',
      dueOnWorkingDay: true,
      dueNote: null,
    },
  ],
  warnings: [],
  editable: true,
};

export { PT };
