import { describe, expect, it } from 'vitest';
import { describeSchedule } from './scheduleText';
import type { ReportSchedule } from './types';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';

const SNV_PT = { name: 'Sở Nội vụ tỉnh Phú Thọ' };
const base = { periods: [] as number[], dueDay: null, dueWorkingDays: null, dueDate: null, cutoff: 'CALENDAR' as const };
type S = Parameters<typeof describeSchedule>[0];
const s = (patch: Partial<S> & Pick<ReportSchedule, 'periodType' | 'dueRule'>): S => ({ ...base, receivingUnit: SNV_PT, ...patch });

describe('a report schedule in words', () => {
  it("Phú Thọ: quarterly, before the 10th of the quarter's last month", () => {
    expect(describeSchedule(s({ periodType: 'QUARTER', dueRule: 'DAY_OF_LAST_MONTH', dueDay: 10 }), vi)).toBe(
      'Hằng quý, trước ngày 10 của tháng cuối quý; số liệu tính theo kỳ dương lịch; gửi Sở Nội vụ tỉnh Phú Thọ',
    );
    expect(describeSchedule(s({ periodType: 'QUARTER', dueRule: 'DAY_OF_LAST_MONTH', dueDay: 10 }), en)).toBe(
      'Quarterly, by day 10 of the quarter’s last month; figures for the calendar period; sent to Sở Nội vụ tỉnh Phú Thọ',
    );
  });

  it('Hưng Yên: the 6-month report by the 10th of the month after, and the annual one', () => {
    expect(
      describeSchedule(s({ periodType: 'HALF_YEAR', periods: [1], dueRule: 'DAY_OF_NEXT_MONTH', dueDay: 10, receivingUnit: null }), vi),
    ).toBe('6 tháng đầu năm, trước ngày 10 của tháng liền sau kỳ; số liệu tính theo kỳ dương lịch');
    expect(describeSchedule(s({ periodType: 'YEAR', dueRule: 'DAY_OF_NEXT_MONTH', dueDay: 10, receivingUnit: null }), vi)).toBe(
      'Hằng năm, trước ngày 10 tháng 01 năm sau; số liệu tính theo kỳ dương lịch',
    );
  });

  it('some quarters, working days after the period, the cut-off of Decree 09/2019', () => {
    expect(
      describeSchedule(
        s({
          periodType: 'QUARTER',
          periods: [3, 2],
          dueRule: 'WORKING_DAYS_AFTER',
          dueWorkingDays: 5,
          cutoff: 'DECREE_09',
          receivingUnit: null,
        }),
        vi,
      ),
    ).toBe(
      'Quý II, III, trong 5 ngày làm việc sau khi kết thúc kỳ; số liệu tính từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ (Nghị định 09/2019/NĐ-CP)',
    );
  });

  it('on request: with a fixed date, or when asked', () => {
    expect(describeSchedule(s({ periodType: 'ON_REQUEST', dueRule: 'FIXED_DATE', dueDate: '2026-12-15' }), vi)).toBe(
      'Theo yêu cầu, trước ngày 15/12/2026; gửi Sở Nội vụ tỉnh Phú Thọ',
    );
    expect(describeSchedule(s({ periodType: 'ON_REQUEST', dueRule: 'FIXED_DATE', receivingUnit: null }), vi)).toBe(
      'Theo yêu cầu, khi có yêu cầu',
    );
  });

  it('monthly, some months', () => {
    expect(
      describeSchedule(s({ periodType: 'MONTH', periods: [7, 1], dueRule: 'DAY_OF_LAST_MONTH', dueDay: 25, receivingUnit: null }), vi),
    ).toBe('Tháng 1, 7, trước ngày 25 của tháng; số liệu tính theo kỳ dương lịch');
  });
});
