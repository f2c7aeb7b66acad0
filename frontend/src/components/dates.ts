// Civil dates travel as ISO yyyy-MM-dd and are shown as dd/MM/yyyy in every language.
// Instants (ISO with a time) are shown in Vietnam's zone.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY'; // dayjs/antd DatePicker notation of dd/MM/yyyy

/** '2026-01-20' → '20/01/2026'; null/undefined/invalid → ''. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = ISO_DATE.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  return partsInVietnam(d).date;
}

/** '2026-01-20T03:05:00Z' → '20/01/2026 10:05' (Vietnam time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const p = partsInVietnam(d);
  return `${p.date} ${p.time}`;
}

function partsInVietnam(d: Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VN_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('day')}/${get('month')}/${get('year')}`, time: `${get('hour')}:${get('minute')}` };
}

/** '20/01/2026' → '2026-01-20'; anything else → null. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
