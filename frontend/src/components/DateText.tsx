import { formatDate, formatDateTime } from './dates';

/** A civil date (yyyy-MM-dd) or an instant, shown as dd/MM/yyyy in a <time> element. */
export function DateText({ value, withTime = false }: { value: string | null | undefined; withTime?: boolean }) {
  if (!value) return null;
  const text = withTime ? formatDateTime(value) : formatDate(value);
  return <time dateTime={value}>{text}</time>;
}
