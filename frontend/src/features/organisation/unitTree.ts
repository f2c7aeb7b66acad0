import type { UnitTreeNode } from '../../app/types';
import { foldDiacritics } from '../../components/textSearch';

// Pure helpers of the organisation tree: searching 3,000+ units must stay fast, so the folded
// (diacritics-free) text of every unit is computed once per tree, not once per keystroke.

/** Unit id → its name, short name, code and official code, lower-cased without diacritics. */
export type SearchIndex = Map<number, string>;

export function buildSearchIndex(nodes: UnitTreeNode[], index: SearchIndex = new Map()): SearchIndex {
  for (const n of nodes) {
    index.set(n.id, foldDiacritics([n.name, n.shortName ?? '', n.code, n.officialCode ?? ''].join(' ')));
    buildSearchIndex(n.children ?? [], index);
  }
  return index;
}

/**
 * Keeps the units whose text contains every word of the query (ignoring case and diacritics: "d" finds
 * "đ") and their ancestors. `matched` collects the ids of the units that match themselves.
 */
export function filterTree(nodes: UnitTreeNode[], query: string, index: SearchIndex, matched: Set<number> = new Set()): UnitTreeNode[] {
  const words = foldDiacritics(query).split(' ').filter(Boolean);
  if (words.length === 0) return nodes;
  const walk = (list: UnitTreeNode[]): UnitTreeNode[] => {
    const out: UnitTreeNode[] = [];
    for (const n of list) {
      const children = walk(n.children ?? []);
      const text = index.get(n.id) ?? '';
      const self = words.every((w) => text.includes(w));
      if (self) matched.add(n.id);
      if (self || children.length > 0) out.push({ ...n, children });
    }
    return out;
  };
  return walk(nodes);
}

export function countUnits(nodes: UnitTreeNode[]): number {
  return nodes.reduce((sum, n) => sum + 1 + countUnits(n.children ?? []), 0);
}

/** The ids of the units that have children, down to `depth` levels (1: the roots only). */
export function parentIds(nodes: UnitTreeNode[], depth = Infinity): number[] {
  if (depth <= 0) return [];
  return nodes.flatMap((n) => (n.children?.length ? [n.id, ...parentIds(n.children, depth - 1)] : []));
}

/**
 * At most `max` units in tree order (a unit before its children), pruning the rest, so that a filter
 * matching thousands of units renders a bounded list. Returns the pruned tree and how many it holds.
 */
export function limitTree(nodes: UnitTreeNode[], max: number): { nodes: UnitTreeNode[]; shown: number } {
  let budget = max;
  const walk = (list: UnitTreeNode[]): UnitTreeNode[] => {
    const out: UnitTreeNode[] = [];
    for (const n of list) {
      if (budget <= 0) break;
      budget--;
      const children = walk(n.children ?? []);
      out.push({ ...n, children });
    }
    return out;
  };
  const pruned = walk(nodes);
  return { nodes: pruned, shown: max - budget };
}

/** The node with this id, anywhere in the tree. */
export function findUnit(nodes: UnitTreeNode[] | undefined, id: number): UnitTreeNode | undefined {
  for (const n of nodes ?? []) {
    if (n.id === id) return n;
    const inner = findUnit(n.children, id);
    if (inner) return inner;
  }
  return undefined;
}

/** Every unit of a kind, in tree order (e.g. the PROVINCE units for the national loader). */
export function unitsOfKind(nodes: UnitTreeNode[] | undefined, kind: UnitTreeNode['kind']): UnitTreeNode[] {
  return (nodes ?? []).flatMap((n) => [...(n.kind === kind ? [n] : []), ...unitsOfKind(n.children, kind)]);
}

/** How many rows the tree shows when the units with these ids are open. */
export function visibleRows(nodes: UnitTreeNode[], open: Set<number>): number {
  return nodes.reduce((sum, n) => sum + 1 + (open.has(n.id) ? visibleRows(n.children ?? [], open) : 0), 0);
}

/** The levels opened at first: as deep as the tree stays within `budget` rows (at least the roots). */
export function defaultOpen(nodes: UnitTreeNode[], budget: number): Set<number> {
  let best = new Set(parentIds(nodes, 1));
  for (let depth = 2; ; depth++) {
    const next = new Set(parentIds(nodes, depth));
    if (next.size === best.size || visibleRows(nodes, next) > budget) return best;
    best = next;
  }
}
