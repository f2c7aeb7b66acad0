import type { Assignment, Plan, ReferenceLists, Task, UnitTreeNode } from '../app/types';

// Fixtures for the appendix, import and "My tasks" tests: Phú Thọ's units and a few of its tasks.

const item = (code: string, label: string, measure: string | null = null) => ({ code, label, labelVi: label, labelEn: code, measure });

export const REFERENCE_LISTS: ReferenceLists = {
  cchcAreas: [
    item('PROCEDURES', 'Cải cách thủ tục hành chính'),
    item('DIGITAL_GOVERNMENT', 'Xây dựng chính quyền điện tử, chính quyền số'),
  ],
  indices: [item('PAR_INDEX', 'Chỉ số cải cách hành chính (PAR INDEX)'), item('PAPI', 'Chỉ số PAPI')],
  papiDimensions: [item('PARTICIPATION', 'Tham gia của người dân ở cấp cơ sở')],
  communicationForms: [item('PORTAL', 'Cổng/Trang thông tin điện tử')],
  audiences: [item('CITIZENS', 'Người dân')],
  metrics: [item('DIALOGUES', 'Cuộc đối thoại', 'cuộc')],
  unitKinds: [item('COMMUNE', 'UBND xã, phường')],
  unitGroups: [
    item('DEPARTMENTS', 'Các Sở, ban, ngành'),
    item('COMMUNES', 'UBND cấp xã'),
    item('ALL_LOCAL', 'Các cơ quan, đơn vị, địa phương'),
    item('PUBLIC_SERVICE_UNITS', 'Các đơn vị sự nghiệp công lập'),
    item('RELATED', 'Các cơ quan, đơn vị liên quan'),
  ],
  timeframeKinds: [item('WHOLE_YEAR', 'Cả năm'), item('ONGOING', 'Thường xuyên'), item('QUARTERS', 'Theo quý')],
};

export const PT = { id: 20, code: 'PT', name: 'UBND tỉnh Phú Thọ', kind: 'PROVINCE' } as const;
export const PT_SNV = { id: 21, code: 'PT-SNV', name: 'Sở Nội vụ tỉnh Phú Thọ', kind: 'DEPARTMENT' } as const;
export const PT_VHTTDL = { id: 22, code: 'PT-SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ', kind: 'DEPARTMENT' } as const;
export const PT_VIETTRI = { id: 26, code: 'PT-VIETTRI', name: 'UBND phường Việt Trì', kind: 'COMMUNE' } as const;

const leaf = (u: { id: number; code: string; name: string; kind: string }): UnitTreeNode =>
  ({ ...u, officialCode: null, shortName: null, children: [] }) as UnitTreeNode;

export const PT_TREE: UnitTreeNode[] = [
  { ...PT, officialCode: null, shortName: 'UBND tỉnh', children: [leaf(PT_SNV), leaf(PT_VHTTDL), leaf(PT_VIETTRI)] } as UnitTreeNode,
];

export const PT_COORDINATOR_ME = {
  username: 'pt.coordinator',
  displayName: 'Điều phối Phú Thọ',
  roles: ['coordinator'],
  unit: PT_SNV,
  scopeUnit: PT,
  permissions: { canCreatePlans: true },
};

export const PT_PLAN: Plan = {
  id: 5,
  kind: 'COMMUNICATION',
  year: 2026,
  title: 'Thông tin, tuyên truyền cải cách hành chính tỉnh Phú Thọ năm 2026',
  status: 'DRAFT',
  issuingUnit: PT,
  place: 'Phú Thọ',
  parentPlan: null,
  legalBases: [],
  sections: { purpose: null, requirements: null, content: null, forms: null, audiences: null, budget: null, organisation: null },
  recipients: [],
  implementingPlanDays: 15,
  number: null,
  issuedOn: null,
  effectiveOn: null,
  signerName: null,
  signerPosition: null,
  signingCapacity: null,
  closedAt: null,
  createdAt: '2026-01-02T01:00:00Z',
  updatedAt: '2026-01-02T01:00:00Z',
  version: 1,
  permissions: { canEdit: true, canDelete: true, canIssue: true, canClose: false },
};

export const unitEntry = (u: { id: number; code: string; name: string; kind: string }, text = u.name): Assignment =>
  ({ unit: u, group: null, text, resolved: true }) as Assignment;
export const groupEntry = (group: Assignment['group'], text: string): Assignment => ({ unit: null, group, text, resolved: true });
export const textEntry = (text: string): Assignment => ({ unit: null, group: null, text, resolved: false });

export function task(id: number, position: number, sectionCode: string, orderNo: number, content: string, patch: Partial<Task> = {}): Task {
  return {
    id,
    planId: PT_PLAN.id,
    position,
    sectionCode,
    sectionTitle:
      sectionCode === 'I'
        ? 'Đối với các nhiệm vụ tuyên truyền tại các cơ quan, đơn vị, địa phương'
        : 'Đối với nhiệm vụ tuyên truyền cấp tỉnh',
    orderNo,
    content,
    forms: [],
    areas: [],
    indices: [],
    papiDimensions: [],
    lead: [],
    cooperating: [groupEntry('RELATED', 'Các cơ quan, đơn vị liên quan')],
    expectedOutput: null,
    target: null,
    budgetVnd: null,
    timeframe: { text: 'Năm 2026', kind: 'WHOLE_YEAR', quarters: [], start: '2026-01-01', end: '2026-12-31' },
    parentTask: null,
    version: 0,
    editable: true,
    ...patch,
  };
}

export const TASKS: Task[] = [
  task(101, 0, 'I', 1, 'Thực hiện tuyên truyền công tác cải cách hành chính', {
    lead: [groupEntry('ALL_LOCAL', 'Các cơ quan, đơn vị, địa phương')],
  }),
  task(102, 1, 'I', 2, 'Đẩy mạnh các hình thức tuyên truyền khác', {
    lead: [groupEntry('DEPARTMENTS', 'Các Sở, ban, ngành'), groupEntry('COMMUNES', 'UBND cấp xã')],
  }),
  task(201, 2, 'II', 1, 'Cung cấp thông tin về kết quả thực hiện công tác cải cách hành chính', {
    lead: [unitEntry(PT_SNV, 'Sở Nội vụ')],
    cooperating: [textEntry('Ban Quản lý dự án vũ trụ')],
    timeframe: { text: 'Quý II, III năm 2026', kind: 'QUARTERS', quarters: [2, 3], start: '2026-04-01', end: '2026-09-30' },
    budgetVnd: 50_000_000,
  }),
  task(202, 3, 'II', 2, '- Hướng dẫn công tác thông tin, tuyên truyền\n- Tăng cường công tác thông tin', {
    lead: [unitEntry(PT_VHTTDL, 'Sở Văn hóa Thể thao và Du lịch')],
  }),
  task(203, 4, 'II', 3, 'Thực hiện xây dựng chuyên trang, chuyên mục', {
    lead: [unitEntry(PT_SNV)],
    timeframe: { text: 'Thường xuyên', kind: 'ONGOING', quarters: [], start: null, end: null },
  }),
];

export const taskPage = (items: Task[]) => ({ items, page: 0, size: 1000, total: items.length });
