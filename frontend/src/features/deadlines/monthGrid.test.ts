import { describe, expect, it } from 'vitest';
import { addMonths, isoWeekday, lastDay, monthWeeks, moveFocus } from './monthGrid';

describe('the month grid', () => {
  it('March 2026 begins on a Sunday and fills six weeks, Monday first', () => {
    const weeks = monthWeeks('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks[1][0]).toBe('2026-03-02');
    expect(weeks[5]).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });

  it('knows weekdays, month ends and leap years', () => {
    expect(isoWeekday('2026-02-17')).toBe(2); // Tết, a Tuesday
    expect(isoWeekday('2026-02-22')).toBe(7);
    expect(lastDay('2026-02')).toBe('2026-02-28');
    expect(lastDay('2028-02')).toBe('2028-02-29');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });

  it('moves the focus by day, week, week ends and months', () => {
    expect(moveFocus('2026-03-31', 'ArrowRight')).toBe('2026-04-01');
    expect(moveFocus('2026-03-02', 'ArrowUp')).toBe('2026-02-23');
    expect(moveFocus('2026-03-04', 'Home')).toBe('2026-03-02');
    expect(moveFocus('2026-03-04', 'End')).toBe('2026-03-08');
    expect(moveFocus('2026-03-31', 'PageUp')).toBe('2026-02-28');
    expect(moveFocus('2026-01-31', 'PageDown')).toBe('2026-02-28');
    expect(moveFocus('2026-03-04', 'Tab')).toBeNull();
  });
});
