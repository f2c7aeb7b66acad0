import type { ReportSchedule } from './types';
import { formatDate } from '../../components/dates';
import { fmt, type Messages } from '../../i18n';

const ROMAN = ['I', 'II', 'III', 'IV'];

type Schedule = Pick<ReportSchedule, 'periodType' | 'periods' | 'dueRule' | 'dueDay' | 'dueWorkingDays' | 'dueDate' | 'cutoff'> & {
  receivingUnit?: { name: string } | null;
};

/** How often: "Hằng quý", "Quý II, III", "6 tháng đầu năm", "Tháng 1, 7", "Hằng năm", "Theo yêu cầu". */
export function frequencyText(s: Pick<Schedule, 'periodType' | 'periods'>, t: Messages): string {
  const w = t.deadlines.schedules.words;
  const ts = t.deadlines.schedules;
  const periods = [...s.periods].sort((a, b) => a - b);
  switch (s.periodType) {
    case 'MONTH':
      return periods.length === 0 || periods.length === 12 ? w.monthly : fmt(w.someMonths, { list: periods.join(', ') });
    case 'QUARTER':
      return periods.length === 0 || periods.length === 4
        ? w.quarterly
        : fmt(w.someQuarters, { list: periods.map((q) => ROMAN[q - 1] ?? String(q)).join(', ') });
    case 'HALF_YEAR':
      return periods.length === 1 ? (periods[0] === 1 ? ts.half1 : ts.half2) : w.halfYearly;
    case 'YEAR':
      return w.yearly;
    case 'ON_REQUEST':
      return w.onRequest;
  }
}

/** When a period's report is due: "trước ngày 10 của tháng cuối quý", "trong 5 ngày làm việc sau khi kết thúc kỳ". */
export function dueRuleText(s: Pick<Schedule, 'periodType' | 'dueRule' | 'dueDay' | 'dueWorkingDays' | 'dueDate'>, t: Messages): string {
  const w = t.deadlines.schedules.words;
  switch (s.dueRule) {
    case 'DAY_OF_LAST_MONTH':
      return fmt(w.lastMonth[s.periodType], { day: s.dueDay ?? '' });
    case 'DAY_OF_NEXT_MONTH':
      return fmt(w.nextMonth[s.periodType], { day: s.dueDay ?? '' });
    case 'WORKING_DAYS_AFTER':
      return fmt(w.workingDaysAfter, { n: s.dueWorkingDays ?? '' });
    case 'FIXED_DATE':
      return s.dueDate ? fmt(w.fixedDate, { date: formatDate(s.dueDate) }) : w.noDate;
  }
}

/**
 * A schedule in words, e.g. "Hằng quý, trước ngày 10 của tháng cuối quý; số liệu tính theo kỳ dương lịch;
 * gửi Sở Nội vụ tỉnh Phú Thọ".
 */
export function describeSchedule(s: Schedule, t: Messages): string {
  const w = t.deadlines.schedules.words;
  const parts = [
    `${frequencyText(s, t)}, ${dueRuleText(s, t)}`,
    s.periodType === 'ON_REQUEST' ? null : s.cutoff === 'DECREE_09' ? w.decree09 : w.calendar,
    s.receivingUnit ? fmt(w.receiver, { unit: s.receivingUnit.name }) : null,
  ];
  return parts.filter(Boolean).join('; ');
}

/** The periods one may pick for a period type (1-based), with their labels. */
export function periodOptions(type: Schedule['periodType'], t: Messages): { value: number; label: string }[] {
  const ts = t.deadlines.schedules;
  switch (type) {
    case 'MONTH':
      return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: fmt(ts.monthN, { m: i + 1 }) }));
    case 'QUARTER':
      return [1, 2, 3, 4].map((q) => ({ value: q, label: fmt(ts.quarter, { q: ROMAN[q - 1] }) }));
    case 'HALF_YEAR':
      return [
        { value: 1, label: ts.half1 },
        { value: 2, label: ts.half2 },
      ];
    default:
      return [];
  }
}
