import { describe, expect, it } from 'vitest';
import { countUnits, filterUnitTree } from './unitTree';
import type { UnitTreeNode } from '../../app/types';

const node = (id: number, name: string, kind: UnitTreeNode['kind'], children: UnitTreeNode[] = []): UnitTreeNode => ({
  id,
  code: `U${id}`,
  officialCode: null,
  name,
  shortName: null,
  kind,
  children,
});

const TREE = [
  node(1, 'UBND tỉnh Tuyên Quang', 'PROVINCE', [
    node(2, 'Sở Nội vụ tỉnh Tuyên Quang', 'DEPARTMENT'),
    node(3, 'UBND xã Năm Dẩn', 'COMMUNE', [node(4, 'Phòng Văn hóa – Xã hội', 'COMMUNE_DIVISION'), node(5, 'Thôn Đông Dẩn', 'VILLAGE')]),
  ]),
];

describe('unit tree search', () => {
  it('keeps matches and their ancestors, ignoring diacritics ("dong" finds "Đông")', () => {
    const result = filterUnitTree(TREE, 'dong dan');
    expect(result.map((n) => n.name)).toEqual(['UBND tỉnh Tuyên Quang']);
    expect(result[0].children.map((n) => n.name)).toEqual(['UBND xã Năm Dẩn']);
    expect(result[0].children[0].children.map((n) => n.name)).toEqual(['Thôn Đông Dẩn']);
    expect(countUnits(result)).toBe(3);
  });

  it('finds by code and returns nothing for no match', () => {
    expect(countUnits(filterUnitTree(TREE, 'u2'))).toBe(2);
    expect(filterUnitTree(TREE, 'Phú Thọ')).toEqual([]);
  });

  it('an empty query keeps the whole tree', () => {
    expect(countUnits(filterUnitTree(TREE, ' '))).toBe(5);
  });
});
