// Test data for the reporting screens, shaped as the API sends it (typed against the contract).
import type { Consolidation, Deadline, Report, ReportingRates, ReportSummary } from './types';

export const PLAN = { id: 5, number: '25/KH-UBND', title: 'Thông tin, tuyên truyền cải cách hành chính tỉnh Phú Thọ năm 2026', year: 2026 };
export const SCHEDULE = { id: 7, name: 'Báo cáo định kỳ hằng quý' };
export const VIETTRI = { id: 31, code: 'PT-VIETTRI', name: 'UBND phường Việt Trì', kind: 'COMMUNE' } as const;
export const NONGTRANG = { id: 32, code: 'PT-NONGTRANG', name: 'UBND phường Nông Trang', kind: 'COMMUNE' } as const;
export const SVHTTDL = { id: 30, code: 'PT-SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ', kind: 'DEPARTMENT' } as const;
export const SNV = { id: 21, code: 'PT-SNV', name: 'Sở Nội vụ tỉnh Phú Thọ', kind: 'DEPARTMENT' } as const;

export const Q4 = {
  key: '2026-Q4',
  label: 'Quý IV/2026',
  start: '2026-10-01',
  end: '2026-12-31',
  dueOn: '2026-12-10',
  dueOnWorkingDay: true,
  dueNote: null,
};

export const PERMISSIONS_OFFICER = {
  canEdit: true,
  canSubmit: true,
  canSendBack: false,
  canApprove: false,
  canAccept: false,
  canReturn: false,
};

export const REPORT: Report = {
  id: 77,
  plan: PLAN,
  schedule: SCHEDULE,
  period: Q4,
  unit: VIETTRI,
  receivingUnit: SNV,
  state: 'DRAFT',
  items: [
    {
      task: { id: 501, planId: 5, sectionCode: 'III', orderNo: 1, excerpt: 'Tổ chức đối thoại trực tiếp với người dân' },
      role: 'LEAD',
      target: { quantity: 3, measure: 'cuộc đối thoại', metric: 'DIALOGUES', perUnit: true },
      status: 'IN_PROGRESS',
      percent: 60,
      output: 'Đã tổ chức 2 cuộc',
      figures: [
        { metric: 'DIALOGUES', value: 2, measure: 'cuộc' },
        { metric: 'PARTICIPANTS', value: 80, measure: 'người' },
      ],
    },
    {
      task: { id: 502, planId: 5, sectionCode: 'I', orderNo: 1, excerpt: 'Đăng tải tin, bài về CCHC' },
      role: 'LEAD',
      target: null,
      status: 'NOT_STARTED',
      percent: null,
      output: null,
      figures: [],
    },
  ],
  results: 'Phường đã đối thoại',
  shortcomings: 'Một số thôn chưa có loa',
  difficulties: null,
  proposals: null,
  evidence: [],
  sentOn: null,
  sentOnTime: null,
  returnReason: null,
  history: [
    {
      at: '2026-11-20T02:00:00Z',
      username: 'viettri.officer',
      displayName: 'Cán bộ Việt Trì',
      action: 'CREATE',
      fromState: null,
      toState: 'DRAFT',
      comment: null,
    },
  ],
  version: 3,
  permissions: PERMISSIONS_OFFICER,
};

export const SUMMARY: ReportSummary = {
  id: 77,
  plan: PLAN,
  schedule: SCHEDULE,
  periodKey: '2026-Q4',
  periodLabel: 'Quý IV/2026',
  dueOn: '2026-12-10',
  unit: VIETTRI,
  state: 'SENT',
  sentOn: '2026-11-22',
  updatedAt: '2026-11-22T03:00:00Z',
  version: 5,
};

export const DEADLINE: Deadline = {
  id: 10,
  kind: 'REPORT',
  unit: VIETTRI,
  plan: PLAN,
  task: null,
  schedule: SCHEDULE,
  period: Q4,
  dueOn: '2026-12-10',
  dueOnWorkingDay: true,
  dueNote: null,
  state: 'OPEN',
  workingDaysLeft: 13,
  metOn: null,
  metRef: null,
  output: null,
  canComplete: false,
  warnings: [],
};

export const RATES: ReportingRates = {
  plan: PLAN,
  schedule: SCHEDULE,
  period: Q4,
  totals: { expected: 3, sent: 2, sentOnTime: 1, accepted: 1, returned: 0, missing: 1 },
  units: [
    {
      unit: SVHTTDL,
      dueOn: '2026-12-10',
      reportId: 70,
      reportState: 'ACCEPTED',
      sentOn: '2026-11-20',
      sent: true,
      onTime: true,
      accepted: true,
      overdue: false,
    },
    {
      unit: VIETTRI,
      dueOn: '2026-12-10',
      reportId: 77,
      reportState: 'SENT',
      sentOn: '2026-12-11',
      sent: true,
      onTime: false,
      accepted: false,
      overdue: false,
    },
    {
      unit: NONGTRANG,
      dueOn: '2026-12-10',
      reportId: null,
      reportState: null,
      sentOn: null,
      sent: false,
      onTime: false,
      accepted: false,
      overdue: true,
    },
  ],
  missingUnits: [NONGTRANG],
};

export const CONSOLIDATION: Consolidation = {
  plan: PLAN,
  schedule: SCHEDULE,
  period: Q4,
  scope: 'PROVINCE',
  included: [
    { reportId: 77, unit: VIETTRI, state: 'SENT', sentOn: '2026-11-22' },
    { reportId: 70, unit: SVHTTDL, state: 'ACCEPTED', sentOn: '2026-11-20' },
  ],
  notIncluded: [NONGTRANG],
  tasks: [
    {
      task: REPORT.items[0].task,
      units: [{ unit: VIETTRI, reportId: 77, status: 'DONE', percent: 100, output: '3 cuộc', figures: { DIALOGUES: 3 } }],
      totals: { DIALOGUES: 3 },
      done: 1,
      inProgress: 0,
      notStarted: 0,
      target: {
        target: { quantity: 3, measure: 'cuộc đối thoại', metric: 'DIALOGUES', perUnit: true },
        achieved: 3,
        required: 9,
        unitsMeeting: 1,
        unitsExpected: 3,
        percent: 33,
      },
    },
    {
      task: REPORT.items[1].task,
      units: [
        { unit: VIETTRI, reportId: 77, status: 'IN_PROGRESS', percent: 50, output: null, figures: { ARTICLES: 5 } },
        { unit: SVHTTDL, reportId: 70, status: 'NOT_STARTED', percent: null, output: null, figures: { ARTICLES: 10 } },
      ],
      totals: { ARTICLES: 15 },
      done: 0,
      inProgress: 1,
      notStarted: 1,
      target: null,
    },
  ],
  totals: { ARTICLES: 15, DIALOGUES: 3 },
  results: [{ unit: VIETTRI, text: 'Phường đã đối thoại' }],
  shortcomings: [],
  difficulties: [],
  proposals: [],
};
