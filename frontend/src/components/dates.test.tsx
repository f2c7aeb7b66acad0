import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, formatDate, formatDateTime, isIsoDate, isoWeekday, parseDate, todayInVietnam, yearInVietnam } from './dates';
import { DateText } from './DateText';

describe('dates', () => {
  it('does civil date arithmetic across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isoWeekday('2026-03-01')).toBe(7); // a Sunday
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("knows today's date and year in Vietnam, whatever the browser's zone", () => {
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(todayInVietnam(new Date('2025-12-31T16:59:00Z'))).toBe('2025-12-31');
    expect(yearInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
  });

  it('formats a civil date as dd/MM/yyyy without shifting it by time zone', () => {
    expect(formatDate('2026-01-20')).toBe('20/01/2026');
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
    expect(formatDate(null)).toBe('');
  });

  it('formats an instant in Vietnam time', () => {
    // 17:30 UTC on 31/12 is already 01/01 in Hà Nội (UTC+7).
    expect(formatDate('2025-12-31T17:30:00Z')).toBe('01/01/2026');
    expect(formatDateTime('2026-01-20T03:05:00Z')).toBe('20/01/2026 10:05');
  });

  it('parses dd/MM/yyyy and rejects impossible dates', () => {
    expect(parseDate('20/01/2026')).toBe('2026-01-20');
    expect(parseDate('5/3/2026')).toBe('2026-03-05');
    expect(parseDate('31/02/2026')).toBeNull();
    expect(parseDate('2026-01-20')).toBeNull();
  });

  it('DateText shows dd/MM/yyyy to the user', () => {
    render(<DateText value="2026-01-20" />);
    expect(screen.getByText('20/01/2026')).toHaveAttribute('datetime', '2026-01-20');
  });
});
