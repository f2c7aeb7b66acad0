// Grouping an appendix into its sections ("I", "II"…) and moving a task within its section.

export interface SectionLike {
  sectionCode: string | null;
  sectionTitle: string | null;
}

export interface Section<T> {
  /** Stable key for React: the code, or the position of the group. */
  key: string;
  code: string | null;
  title: string | null;
  items: { item: T; index: number }[];
}

/** Consecutive tasks of the same section form one group, in appendix order. */
export function groupBySection<T extends SectionLike>(items: readonly T[]): Section<T>[] {
  const out: Section<T>[] = [];
  items.forEach((item, index) => {
    const last = out[out.length - 1];
    if (last && last.code === (item.sectionCode ?? null)) {
      last.items.push({ item, index });
      if (!last.title && item.sectionTitle) last.title = item.sectionTitle;
    } else {
      out.push({
        key: `${out.length}-${item.sectionCode ?? ''}`,
        code: item.sectionCode ?? null,
        title: item.sectionTitle ?? null,
        items: [{ item, index }],
      });
    }
  });
  return out;
}

/** "I. Đối với các nhiệm vụ…", or the title alone. */
export function sectionHeading(code: string | null, title: string | null, fallback: string): string {
  if (code && title) return `${code}. ${title}`;
  return code ?? title ?? fallback;
}

/**
 * The ids of every task after moving one up (-1) or down (+1) past its neighbour in the same
 * section; null when it is already first or last there.
 */
export function moveWithinSection<T extends SectionLike & { id: number }>(
  tasks: readonly T[],
  id: number,
  direction: -1 | 1,
): number[] | null {
  const i = tasks.findIndex((t) => t.id === id);
  const j = i + direction;
  if (i < 0 || j < 0 || j >= tasks.length) return null;
  if ((tasks[i].sectionCode ?? null) !== (tasks[j].sectionCode ?? null)) return null;
  const ids = tasks.map((t) => t.id);
  [ids[i], ids[j]] = [ids[j], ids[i]];
  return ids;
}

export function canMove<T extends SectionLike & { id: number }>(tasks: readonly T[], id: number, direction: -1 | 1): boolean {
  return moveWithinSection(tasks, id, direction) !== null;
}

/** Roman numerals as the API accepts them for a section. */
export const SECTION_CODE_PATTERN = /^[IVXLC]{1,10}$/;
