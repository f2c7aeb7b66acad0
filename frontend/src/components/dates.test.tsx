import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { formatDate, formatDateTime, parseDate } from './dates';
import { DateText } from './DateText';

describe('dates', () => {
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
