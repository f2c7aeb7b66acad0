// Date arithmetic on civil dates (yyyy-MM-dd), in UTC so that no time zone moves a day.

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** 1 = Monday … 7 = Sunday (as the API's CalendarDay.weekday). */
export function isoWeekday(iso: string): number {
  const w = toUtc(iso).getUTCDay();
  return w === 0 ? 7 : w;
}

/** '2026-03' + 1 → '2026-04'. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export function firstDay(month: string): string {
  return `${month}-01`;
}

export function lastDay(month: string): string {
  return addDays(firstDay(addMonths(month, 1)), -1);
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
    case 'PageDown': {
      const month = addMonths(monthOf(date), key === 'PageUp' ? -1 : 1);
      const day = Math.min(Number(date.slice(8)), Number(lastDay(month).slice(8)));
      return `${month}-${String(day).padStart(2, '0')}`;
    }
    default:
      return null;
  }
}
