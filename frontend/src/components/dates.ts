import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import isoWeek from 'dayjs/plugin/isoWeek';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

// Civil dates travel as ISO yyyy-MM-dd and are shown as dd/MM/yyyy in every language.
// Instants (ISO with a time) are shown in Vietnam's zone. All date arithmetic goes through dayjs:
// civil dates in UTC (no zone moves a day), "today" in Vietnam's zone, whatever the browser's.
dayjs.extend(customParseFormat);
dayjs.extend(isoWeek);
dayjs.extend(utc);
dayjs.extend(timezone);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO = 'YYYY-MM-DD';
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY'; // dayjs/antd DatePicker notation of dd/MM/yyyy

/** A civil date (yyyy-MM-dd) as a dayjs at midnight UTC; invalid when it is no real date. */
export function civil(iso: string): Dayjs {
  return dayjs.utc(iso, ISO, true);
}

/** A real civil date written yyyy-MM-dd ('2026-02-30' is not). */
export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && civil(value).isValid();
}

/** '2026-01-30' + 2 → '2026-02-01'. */
export function addDays(iso: string, n: number): string {
  return civil(iso).add(n, 'day').format(ISO);
}

/** 1 = Monday … 7 = Sunday (as the API's CalendarDay.weekday). */
export function isoWeekday(iso: string): number {
  return civil(iso).isoWeekday();
}

/** Today's civil date in Vietnam (yyyy-MM-dd), whatever the browser's zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return dayjs(now).tz(VN_TIME_ZONE).format(ISO);
}

/** The current year in Vietnam. */
export function yearInVietnam(now: Date = new Date()): number {
  return dayjs(now).tz(VN_TIME_ZONE).year();
}

/** '2026-01-20' → '20/01/2026'; null/undefined/invalid → ''. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = ISO_DATE.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = dayjs(value);
  return d.isValid() ? d.tz(VN_TIME_ZONE).format(DATE_FORMAT) : '';
}

/** '2026-01-20T03:05:00Z' → '20/01/2026 10:05' (Vietnam time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.tz(VN_TIME_ZONE).format(`${DATE_FORMAT} HH:mm`) : '';
}

/** '20/01/2026' → '2026-01-20'; anything else → null. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  for (const format of ['DD/MM/YYYY', 'D/M/YYYY', 'D/MM/YYYY', 'DD/M/YYYY']) {
    const d = dayjs.utc(trimmed, format, true);
    if (d.isValid()) return d.format(ISO);
  }
  return null;
}
