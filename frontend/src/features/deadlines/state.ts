import type { Deadline, DeadlineState } from './types';
import { formatDate, todayInVietnam } from '../../components/dates';
import { fmt, type Messages } from '../../i18n';

/**
 * Solid tag colours with white text, each ≥ 4.5:1 (WCAG AA), and told apart by their words and icons
 * as well, never by colour alone.
 */
export const STATE_COLORS: Record<DeadlineState, string> = {
  OPEN: '#475569', // slate, 7.6:1
  DUE_SOON: '#92400e', // amber, 7:1
  OVERDUE: '#b91c1c', // red, 6.5:1
  MET_ON_TIME: '#166534', // green, 7.1:1
  MET_LATE: '#6b21a8', // purple, 8.7:1
  CANCELLED: '#3f3f46', // zinc, 10.4:1
};

/** The order in which states are sorted: what needs attention first. */
export const STATE_ORDER: Record<DeadlineState, number> = { OVERDUE: 0, DUE_SOON: 1, OPEN: 2, MET_LATE: 3, MET_ON_TIME: 4, CANCELLED: 5 };

export function isMet(state: DeadlineState): boolean {
  return state === 'MET_ON_TIME' || state === 'MET_LATE';
}

/** Today's civil date in Vietnam (yyyy-MM-dd), whatever the browser's zone. */
export { todayInVietnam };

/**
 * How much time is left, in working days over the official calendar: "Còn 3 ngày làm việc",
 * "Đến hạn hôm nay", "Quá hạn 2 ngày làm việc", or the date it was done.
 */
export function timeLeftText(
  d: Pick<Deadline, 'state' | 'workingDaysLeft' | 'dueOn' | 'metOn'>,
  t: Messages,
  today: string = todayInVietnam(),
): string {
  const l = t.deadlines.left;
  if (isMet(d.state)) return d.metOn ? fmt(l.metOn, { date: formatDate(d.metOn) }) : t.deadlines.state[d.state];
  if (d.state === 'CANCELLED') return l.cancelled;
  const n = d.workingDaysLeft;
  if (d.state === 'OVERDUE') return n == null || n >= 0 ? l.overdue : n === -1 ? l.overdueOneDay : fmt(l.overdueDays, { n: -n });
  if (d.dueOn === today) return l.today;
  if (n == null) return '';
  return n > 1 ? fmt(l.days, { n }) : n === 1 ? l.oneDay : l.none;
}
