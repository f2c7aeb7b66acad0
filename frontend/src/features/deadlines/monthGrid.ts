// Months and weeks of civil dates (yyyy-MM-dd); the day arithmetic is dayjs's (components/dates).
import { addDays, civil, isoWeekday } from '../../components/dates';

export { addDays, isoWeekday };

/** '2026-03' + 1 → '2026-04'. */
export function addMonths(month: string, n: number): string {
  return civil(`${month}-01`).add(n, 'month').format('YYYY-MM');
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

export function lastDay(month: string): string {
  return civil(firstDay(month)).endOf('month').format('YYYY-MM-DD');
}

/**
 * The weeks (Monday first) that show a month: each week has seven dates, null outside the month.
 * March 2026 begins on a Sunday: its first week is [null × 6, '2026-03-01'].
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = firstDay(month);
  const last = lastDay(month);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let d = first; d <= last; d = addDays(d, 1)) {
    week.push(d);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** Where a key press moves the focus in a month grid (null: the key is not for the grid). */
export function moveFocus(date: string, key: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, 1 - isoWeekday(date));
    case 'End':
      return addDays(date, 7 - isoWeekday(date));
    case 'PageUp':
    case 'PageDown':
      // the same day of the other month, or its last day (31/03 → 30/04)
      return civil(date)
        .add(key === 'PageUp' ? -1 : 1, 'month')
        .format('YYYY-MM-DD');
    default:
      return null;
  }
}
