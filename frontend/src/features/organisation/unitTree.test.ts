import { describe, expect, it } from 'vitest';
import { bigTree, PT_TREE } from './fixtures';
import {
  buildSearchIndex,
  countUnits,
  defaultOpen,
  filterTree,
  findUnit,
  limitTree,
  parentIds,
  unitsOfKind,
  visibleRows,
} from './unitTree';

const names = (nodes: { name: string }[]) => nodes.map((n) => n.name);

describe('the organisation tree helpers', () => {
  const index = buildSearchIndex(PT_TREE);

  it('filters ignoring diacritics ("d" finds "đ"), keeping the ancestors of what matches', () => {
    const matched = new Set<number>();
    const result = filterTree(PT_TREE, 'dong xuan', index, matched);
    expect(names(result)).toEqual(['UBND tỉnh Phú Thọ']);
    expect(names(result[0].children)).toEqual(['UBND xã Hạ Hòa']);
    expect(names(result[0].children[0].children)).toEqual(['Thôn Đồng Xuân']);
    expect([...matched]).toEqual([51]);
    expect(names(filterTree(PT_TREE, 'doan', index)[0].children)).toEqual(['UBND xã Đoan Hùng']);
  });

  it('finds a unit by its official code or its code, and nothing for no match', () => {
    expect(names(filterTree(PT_TREE, '07900', index)[0].children)).toEqual(['UBND phường Việt Trì']);
    expect(countUnits(filterTree(PT_TREE, 'pt-2', index))).toBe(2);
    expect(filterTree(PT_TREE, 'Hưng Yên', index)).toEqual([]);
    expect(filterTree(PT_TREE, '  ', index)).toBe(PT_TREE);
  });

  it('limits a large result in tree order, a unit before its children', () => {
    const tree = bigTree();
    expect(countUnits(tree)).toBe(6601);
    const { nodes, shown } = limitTree(tree, 5);
    expect(shown).toBe(5);
    expect(countUnits(nodes)).toBe(5);
    expect(names(nodes[0].children)).toEqual(['UBND xã Thử 0', 'UBND xã Thử 1']);
    expect(names(nodes[0].children[1].children)).toEqual(['Phòng Kinh tế 1']);
    expect(limitTree(tree, 10_000).shown).toBe(6601);
  });

  it('filters 6,601 units quickly once indexed', () => {
    const tree = bigTree();
    const big = buildSearchIndex(tree);
    const start = performance.now();
    const result = filterTree(tree, 'phong kinh te 12', big);
    expect(performance.now() - start).toBeLessThan(200);
    // every division whose number contains "12", with its commune and the province
    expect(countUnits(result)).toBeGreaterThan(100);
  });

  it('finds units by id and by kind, and the parents down to a depth', () => {
    expect(findUnit(PT_TREE, 51)?.name).toBe('Thôn Đồng Xuân');
    expect(findUnit(PT_TREE, 999)).toBeUndefined();
    expect(names(unitsOfKind(PT_TREE, 'PROVINCE'))).toEqual(['UBND tỉnh Phú Thọ']);
    expect(parentIds(PT_TREE, 1)).toEqual([1]);
    expect(parentIds(PT_TREE)).toEqual([1, 3, 5]);
  });

  it('opens at first as many levels as fit the budget, at least the roots', () => {
    expect([...defaultOpen(PT_TREE, 5)]).toEqual([1]);
    expect([...defaultOpen(PT_TREE, 7)]).toEqual([1, 3, 5]);
    expect(visibleRows(PT_TREE, new Set([1, 3, 5]))).toBe(7);
    expect([...defaultOpen(bigTree(), 250)]).toEqual([1]);
  });
});
