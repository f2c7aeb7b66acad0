import type { UnitTreeNode } from '../../app/types';
import { matchesText } from '../../components/textSearch';

/** Keeps the nodes that match (name, short name or code, ignoring diacritics) and their ancestors. */
export function filterUnitTree(nodes: UnitTreeNode[], query: string): UnitTreeNode[] {
  if (!query.trim()) return nodes;
  const out: UnitTreeNode[] = [];
  for (const n of nodes) {
    const children = filterUnitTree(n.children ?? [], query);
    if (children.length > 0 || matchesText(`${n.name} ${n.shortName ?? ''} ${n.code}`, query)) {
      out.push({ ...n, children });
    }
  }
  return out;
}

export function countUnits(nodes: UnitTreeNode[]): number {
  return nodes.reduce((sum, n) => sum + 1 + countUnits(n.children ?? []), 0);
}

export function allKeys(nodes: UnitTreeNode[], depth = Infinity): number[] {
  if (depth <= 0) return [];
  return nodes.flatMap((n) => (n.children?.length ? [n.id, ...allKeys(n.children, depth - 1)] : []));
}
