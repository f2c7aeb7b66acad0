import type { NationalCommuneDiff, NationalProvince } from './types';
import type { CurrentUser, Unit, UnitTreeNode } from '../../app/types';

// Test data of the Organisation area: a small Phú Thọ, and a tree of 3,000+ units for the speed checks.

export const node = (
  id: number,
  name: string,
  kind: UnitTreeNode['kind'],
  children: UnitTreeNode[] = [],
  officialCode: string | null = null,
): UnitTreeNode => ({ id, code: `PT-${id}`, officialCode, name, shortName: null, kind, children });

export const PT_TREE: UnitTreeNode[] = [
  node(
    1,
    'UBND tỉnh Phú Thọ',
    'PROVINCE',
    [
      node(2, 'Sở Nội vụ tỉnh Phú Thọ', 'DEPARTMENT'),
      node(3, 'UBND phường Việt Trì', 'COMMUNE', [node(31, 'Phòng Văn hóa – Xã hội', 'COMMUNE_DIVISION')], '07900'),
      node(4, 'UBND xã Đoan Hùng', 'COMMUNE', [], '08125'),
      node(5, 'UBND xã Hạ Hòa', 'COMMUNE', [node(51, 'Thôn Đồng Xuân', 'VILLAGE')]),
    ],
    '25',
  ),
];

export const VIET_TRI: Unit = {
  id: 3,
  code: 'PT-3',
  officialCode: '07900',
  name: 'UBND phường Việt Trì',
  shortName: 'Việt Trì',
  kind: 'COMMUNE',
  parentId: 1,
  ancestors: [{ id: 1, code: 'PT-1', name: 'UBND tỉnh Phú Thọ', kind: 'PROVINCE' }],
  validFrom: null,
  validTo: null,
  predecessors: [],
  successors: [],
  version: 1,
};

const permissions = (admin: boolean) => ({
  canCreatePlans: !admin,
  canAdministerOrganisation: admin,
  administeredUnit: null,
  canSetUpProvince: admin,
});

export const ADMIN_ME: CurrentUser = {
  username: 'admin',
  displayName: 'Quản trị',
  roles: ['admin'],
  unit: null,
  scopeUnit: null,
  permissions: permissions(true),
};

export const COORDINATOR_ME: CurrentUser = {
  username: 'pt.coordinator',
  displayName: 'Điều phối Phú Thọ',
  roles: ['coordinator'],
  unit: { id: 2, code: 'PT-2', name: 'Sở Nội vụ tỉnh Phú Thọ', kind: 'DEPARTMENT' },
  scopeUnit: { id: 1, code: 'PT-1', name: 'UBND tỉnh Phú Thọ', kind: 'PROVINCE' },
  permissions: permissions(false),
};

export const PROVINCE_ADMIN_ME: CurrentUser = {
  username: 'pt.admin',
  displayName: 'Quản trị tổ chức Phú Thọ',
  roles: ['province-admin'],
  unit: { id: 1, code: 'PT-1', name: 'UBND tỉnh Phú Thọ', kind: 'PROVINCE' },
  scopeUnit: null,
  permissions: {
    canCreatePlans: false,
    canAdministerOrganisation: true,
    administeredUnit: { id: 1, code: 'PT-1', name: 'UBND tỉnh Phú Thọ', kind: 'PROVINCE' },
    canSetUpProvince: false,
  },
};

/** A province administrator of an empty installation: the unit the account names does not exist yet. */
export const PENDING_PROVINCE_ADMIN_ME: CurrentUser = {
  username: 'pt.admin',
  displayName: 'Quản trị tổ chức Phú Thọ',
  roles: ['province-admin'],
  unit: null,
  scopeUnit: null,
  permissions: { canCreatePlans: false, canAdministerOrganisation: false, administeredUnit: null, canSetUpProvince: true },
};

export const PROVINCES: NationalProvince[] = [
  { code: '08', name: 'Tỉnh Tuyên Quang', kind: 'PROVINCE', communeCount: 124 },
  { code: '25', name: 'Tỉnh Phú Thọ', kind: 'PROVINCE', communeCount: 148 },
];

export const PT_DIFF: NationalCommuneDiff = {
  provinceCode: '25',
  provinceName: 'Tỉnh Phú Thọ',
  dryRun: true,
  nationalTotal: 148,
  created: 0,
  new: Array.from({ length: 144 }, (_, i) => ({
    code: String(8000 + i).padStart(5, '0'),
    name: i === 0 ? 'Phường Nông Trang' : `Xã Số ${i}`,
    kind: i === 0 ? 'PHUONG' : 'XA',
    provinceCode: '25',
  })),
  renamed: [
    { unit: { id: 4, code: 'PT-4', name: 'UBND xã Đoan Hùng', kind: 'COMMUNE' }, officialCode: '08125', officialName: 'Xã Đoan Hùng mới' },
  ],
  matchedByName: [
    { unit: { id: 5, code: 'PT-5', name: 'UBND xã Hạ Hòa', kind: 'COMMUNE' }, officialCode: '08200', officialName: 'Xã Hạ Hoà' },
  ],
  missing: [{ id: 6, code: 'PT-6', name: 'UBND xã Cũ', kind: 'COMMUNE' }],
  unchanged: 1,
};

/** 1 province × 3,300 communes (the country has 3,321), each with a division unless told: 6,601 units. */
export function bigTree(divisions = true): UnitTreeNode[] {
  const communes = Array.from({ length: 3300 }, (_, i) =>
    node(
      1000 + i,
      `UBND xã Thử ${i}`,
      'COMMUNE',
      divisions ? [node(100000 + i, `Phòng Kinh tế ${i}`, 'COMMUNE_DIVISION')] : [],
      String(10000 + i),
    ),
  );
  return [node(1, 'UBND tỉnh Lớn', 'PROVINCE', communes, '99')];
}
