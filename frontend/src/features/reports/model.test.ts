import { describe, expect, it } from 'vitest';
import { CONSOLIDATION, DEADLINE, REPORT, SUMMARY } from './fixtures';
import {
  barRatio,
  completionBars,
  countByState,
  dueWithoutReport,
  figureBars,
  formatPercent,
  formValuesToInput,
  isValidFigure,
  reportToFormValues,
  targetText,
  timeliness,
} from './model';
import type { Deadline } from './types';
import { reportsVi } from '../../i18n/reports.vi';

describe('the report form and the API', () => {
  it('reads items and figures into form values keyed by metric, so server errors land on the field', () => {
    const values = reportToFormValues(REPORT);
    expect(values.items).toEqual([
      { taskId: 501, status: 'IN_PROGRESS', percent: 60, output: 'Đã tổ chức 2 cuộc', figures: { DIALOGUES: 2, PARTICIPANTS: 80 } },
      { taskId: 502, status: 'NOT_STARTED', percent: null, output: '', figures: {} },
    ]);
    expect(values.results).toBe('Phường đã đối thoại');
    expect(values.difficulties).toBe('');
  });

  it('writes every task back with whole-number figures, leaves out figures without a value and blanks as null', () => {
    const values = reportToFormValues(REPORT);
    values.items[0].figures = { DIALOGUES: 3, PARTICIPANTS: null, ARTICLES: 0 };
    values.items[1].status = 'DONE';
    values.items[1].output = '  ';
    values.proposals = '  Đề nghị hỗ trợ kinh phí ';
    expect(formValuesToInput(values)).toEqual({
      items: [
        { taskId: 501, status: 'IN_PROGRESS', percent: 60, output: 'Đã tổ chức 2 cuộc', figures: { DIALOGUES: 3, ARTICLES: 0 } },
        // done without a percent is 100%, as the server records it
        { taskId: 502, status: 'DONE', percent: 100, output: null, figures: {} },
      ],
      results: 'Phường đã đối thoại',
      shortcomings: 'Một số thôn chưa có loa',
      difficulties: null,
      proposals: 'Đề nghị hỗ trợ kinh phí',
    });
  });

  it('accepts only whole, non-negative figures', () => {
    expect(isValidFigure(0)).toBe(true);
    expect(isValidFigure(12)).toBe(true);
    expect(isValidFigure(-1)).toBe(false);
    expect(isValidFigure(2.5)).toBe(false);
    expect(isValidFigure('3')).toBe(false);
    expect(isValidFigure(1e13)).toBe(false);
  });

  it('says a target in words', () => {
    expect(targetText({ quantity: 3, measure: 'cuộc đối thoại', metric: 'DIALOGUES', perUnit: true }, reportsVi)).toBe(
      '3 cuộc đối thoại mỗi đơn vị',
    );
    expect(targetText({ quantity: 1000, measure: null, metric: null, perUnit: false }, reportsVi)).toBe('1.000');
  });
});

describe('states, timeliness and due periods', () => {
  it('is on time when sent on or before the due date, late after it', () => {
    expect(timeliness('2026-12-10', '2026-12-10')).toBe('ON_TIME');
    expect(timeliness('2026-11-22', '2026-09-10')).toBe('LATE');
    expect(timeliness(null, '2026-09-10')).toBeNull();
  });

  it('counts reports per state', () => {
    const counts = countByState([SUMMARY, { ...SUMMARY, id: 2, state: 'RETURNED' }, { ...SUMMARY, id: 3, state: 'RETURNED' }]);
    expect(counts).toEqual({ DRAFT: 0, AWAITING_APPROVAL: 0, SENT: 1, ACCEPTED: 0, RETURNED: 2 });
  });

  it('lists the report deadlines without a report, and not those met', () => {
    const q3: Deadline = { ...DEADLINE, id: 11, period: { ...DEADLINE.period!, key: '2026-Q3', label: 'Quý III/2026' } };
    const met: Deadline = { ...DEADLINE, id: 12, state: 'MET_LATE', period: { ...DEADLINE.period!, key: '2026-Q2' } };
    // SUMMARY is the Quý IV report of the same schedule and unit
    expect(dueWithoutReport([DEADLINE, q3, met], [SUMMARY]).map((d) => d.id)).toEqual([11]);
    // another unit's report of the same period does not count
    expect(dueWithoutReport([DEADLINE], [{ ...SUMMARY, unit: { ...SUMMARY.unit, id: 99 } }]).map((d) => d.id)).toEqual([10]);
  });
});

describe('rates and charts', () => {
  it('formats shares as Vietnamese percentages', () => {
    expect(formatPercent(2 / 7, 'vi')).toBe('29%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('charts tasks done per unit counted', () => {
    const bars = completionBars(CONSOLIDATION, (done, total) => `${done}/${total}`);
    expect(bars).toEqual([
      { key: '31', label: 'UBND phường Việt Trì', value: 1, max: 2, text: '1/2' },
      { key: '30', label: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ', value: 0, max: 1, text: '0/1' },
    ]);
    expect(barRatio(bars[0], bars)).toBe(0.5);
  });

  it('charts the totals per communication form in the reference order, with their units', () => {
    const metrics = [
      { code: 'ARTICLES', label: 'Tin, bài đăng tải', measure: 'tin, bài' },
      { code: 'DIALOGUES', label: 'Cuộc đối thoại', measure: 'cuộc' },
      { code: 'BROADCASTS', label: 'Lượt phát', measure: 'lượt' },
    ];
    const bars = figureBars({ DIALOGUES: 3, ARTICLES: 1500 }, metrics, (n) => n.toLocaleString('vi-VN'));
    expect(bars.map((b) => [b.key, b.value, b.text])).toEqual([
      ['ARTICLES', 1500, '1.500 tin, bài'],
      ['DIALOGUES', 3, '3 cuộc'],
    ]);
    // the longest bar is full length, the others in proportion
    expect(barRatio(bars[0], bars)).toBe(1);
    expect(barRatio(bars[1], bars)).toBe(0.002);
  });
});
