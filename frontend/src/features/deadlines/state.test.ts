import { describe, expect, it } from 'vitest';
import { STATE_COLORS, STATE_ORDER, timeLeftText, todayInVietnam } from './state';
import { DEADLINE_STATES } from './types';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { contrast } from '../../test/contrast';

const TODAY = '2026-03-02';
const d = (state: (typeof DEADLINE_STATES)[number], workingDaysLeft: number | null, dueOn = '2026-03-10', metOn: string | null = null) => ({
  state,
  workingDaysLeft,
  dueOn,
  metOn,
});

describe('deadline states', () => {
  it('white text on every state colour reaches 4.5:1', () => {
    for (const s of DEADLINE_STATES) expect(contrast(STATE_COLORS[s], '#ffffff'), s).toBeGreaterThanOrEqual(4.5);
  });

  it('every state has its own colour and words in both languages', () => {
    expect(new Set(Object.values(STATE_COLORS)).size).toBe(DEADLINE_STATES.length);
    expect(DEADLINE_STATES.map((s) => vi.deadlines.state[s])).toEqual([
      'Quá hạn',
      'Sắp đến hạn',
      'Chưa đến hạn',
      'Hoàn thành muộn',
      'Hoàn thành đúng hạn',
      'Đã hủy (kế hoạch đã kết thúc)',
    ]);
    expect(en.deadlines.state.MET_LATE).toBe('Done late');
    expect(en.deadlines.state.CANCELLED).toBe('Cancelled (plan closed)');
  });

  it('sorts what needs attention first', () => {
    expect([...DEADLINE_STATES].sort((a, b) => STATE_ORDER[a] - STATE_ORDER[b])[0]).toBe('OVERDUE');
  });
});

describe('time left in working days', () => {
  it('counts the working days left', () => {
    expect(timeLeftText(d('OPEN', 15), vi, TODAY)).toBe('Còn 15 ngày làm việc');
    expect(timeLeftText(d('DUE_SOON', 1), vi, TODAY)).toBe('Còn 1 ngày làm việc');
    expect(timeLeftText(d('OPEN', 15), en, TODAY)).toBe('15 working days left');
    expect(timeLeftText(d('DUE_SOON', 1), en, TODAY)).toBe('1 working day left');
  });

  it('says when it is due today', () => {
    expect(timeLeftText(d('DUE_SOON', 0, TODAY), vi, TODAY)).toBe('Đến hạn hôm nay');
  });

  it('a deadline on a Saturday seen on the Friday before: no working day left', () => {
    expect(timeLeftText(d('DUE_SOON', 0, '2026-02-28'), vi, '2026-02-27')).toBe('Không còn ngày làm việc nào trước hạn');
  });

  it('counts the working days overdue', () => {
    expect(timeLeftText(d('OVERDUE', -4), vi, TODAY)).toBe('Quá hạn 4 ngày làm việc');
    expect(timeLeftText(d('OVERDUE', -1), en, TODAY)).toBe('Overdue by 1 working day');
    // due on a Friday, seen on the Saturday after: overdue, no working day gone yet
    expect(timeLeftText(d('OVERDUE', 0, '2026-03-06'), vi, '2026-03-07')).toBe('Đã quá hạn');
  });

  it('shows the date a met deadline was met', () => {
    expect(timeLeftText(d('MET_ON_TIME', null, '2026-03-10', '2026-03-09'), vi, TODAY)).toBe('Hoàn thành ngày 09/03/2026');
    expect(timeLeftText(d('MET_LATE', null, '2026-03-10', '2026-03-12'), en, TODAY)).toBe('Done on 12/03/2026');
  });
});

describe('today in Vietnam', () => {
  it('is already the next day at 18:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-03-01T18:00:00Z'))).toBe('2026-03-02');
    expect(todayInVietnam(new Date('2026-03-01T16:59:00Z'))).toBe('2026-03-01');
  });
});
