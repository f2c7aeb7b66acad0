import { screen, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PLAN, Q4, RATES, SCHEDULE, SNV } from './fixtures';
import { defaultPeriod, PlanReportingSection } from './PlanReportingSection';
import type { Plan } from '../../app/types';
import { json, renderWithApp, route, stubFetch } from '../../test/render';

const userEvent = userEventLib.setup({ delay: null });

const Q3 = { ...Q4, key: '2026-Q3', label: 'Quý III/2026', start: '2026-07-01', end: '2026-09-30', dueOn: '2026-09-10' };
const SCHEDULES = [
  {
    ...SCHEDULE,
    planId: PLAN.id,
    periodType: 'QUARTER',
    periods: [1, 2, 3, 4],
    dueRule: 'DAY_OF_LAST_MONTH',
    dueDay: 10,
    dueWorkingDays: null,
    dueDate: null,
    cutoff: 'CALENDAR',
    receivingUnit: SNV,
    version: 0,
    occurrences: [Q3, Q4],
    warnings: [],
    editable: true,
  },
];

describe("the coordinator's monitor", () => {
  it('opens on the next period due, then the last one', () => {
    expect(defaultPeriod([Q3, Q4], '2026-11-22')).toBe('2026-Q4');
    expect(defaultPeriod([Q3, Q4], '2026-12-11')).toBe('2026-Q4');
    expect(defaultPeriod([Q3, Q4], '2026-05-01')).toBe('2026-Q3');
  });

  it('shows the rates per unit and in total, and reminds the missing units in one click', async () => {
    const { calls } = stubFetch(
      route('GET', `/api/v1/plans/${PLAN.id}/report-schedules`, () => json(SCHEDULES)),
      route('GET', `/api/v1/plans/${PLAN.id}/reporting-rates`, () => json(RATES)),
      route('POST', `/api/v1/plans/${PLAN.id}/reporting-rates/remind`, () => json({ units: RATES.missingUnits, emails: 2 })),
    );
    renderWithApp(<PlanReportingSection plan={{ id: PLAN.id } as Plan} />, {
      path: '/plans/:id',
      route: `/plans/${PLAN.id}?tab=reporting&period=2026-Q4`,
    });

    const totals = await screen.findByRole('table', { name: 'Tình hình gửi báo cáo Quý IV/2026' });
    const cell = (label: string) => within(within(totals).getByRole('rowheader', { name: label }).closest('tr')!).getByRole('cell');
    expect(cell('Phải báo cáo')).toHaveTextContent('3');
    expect(cell('Đã gửi')).toHaveTextContent('2/3 (67%)');
    expect(cell('Gửi đúng hạn')).toHaveTextContent('1/3 (33%)');
    expect(cell('Đã tiếp nhận')).toHaveTextContent('1/3 (33%)');
    expect(cell('Chưa gửi')).toHaveTextContent('1/3 (33%)');

    const rows = document.querySelectorAll('table.report-rates-table tbody tr');
    expect(rows).toHaveLength(3);
    expect(within(rows[0] as HTMLElement).getByText('Đã tiếp nhận')).toBeVisible();
    expect(within(rows[0] as HTMLElement).getByText('Đúng hạn')).toBeVisible();
    expect(within(rows[1] as HTMLElement).getByText('Muộn')).toBeVisible();
    expect(within(rows[1] as HTMLElement).getByRole('button', { name: 'Tiếp nhận – UBND phường Việt Trì' })).toBeVisible();
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'Mở báo cáo Quý IV/2026 của UBND phường Việt Trì' })).toHaveAttribute(
      'href',
      '/reports/77',
    );
    expect(within(rows[2] as HTMLElement).getByText('Chưa lập')).toBeVisible();
    expect(within(rows[2] as HTMLElement).getByText('Quá hạn')).toBeVisible();
    // no report to open yet: the only link is the unit's name, to its page
    expect(within(rows[2] as HTMLElement).queryByRole('link', { name: /^Mở báo cáo/ })).toBeNull();
    expect(within(rows[2] as HTMLElement).getByRole('link', { name: 'UBND phường Nông Trang' })).toHaveAttribute(
      'href',
      '/organisation/units/32',
    );

    expect(screen.getByRole('heading', { name: 'Đơn vị chưa gửi báo cáo (1)' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Nhắc các đơn vị chưa báo cáo' }));
    expect(await screen.findByText('Đã nhắc 1 đơn vị (2 thư điện tử).', { selector: '.report-reminded' })).toBeVisible();
    // and who: the units the server reminded, by name
    const who = screen.getByRole('list', { name: 'Các đơn vị đã được nhắc' });
    expect(
      within(who)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([RATES.missingUnits[0].name]);
    const remind = calls.find((c) => c.method === 'POST')!;
    expect(new URL(remind.url).searchParams.get('period')).toBe('2026-Q4');
    expect(new URL(remind.url).searchParams.get('scheduleId')).toBe(String(SCHEDULE.id));
    expect(screen.getByRole('link', { name: 'Xem tổng hợp kết quả' })).toHaveAttribute(
      'href',
      `/plans/${PLAN.id}/consolidation?schedule=${SCHEDULE.id}&period=2026-Q4`,
    );
  });

  it('says so when the plan has no schedule', async () => {
    stubFetch(route('GET', `/api/v1/plans/${PLAN.id}/report-schedules`, () => json([])));
    renderWithApp(<PlanReportingSection plan={{ id: PLAN.id } as Plan} />, { path: '/plans/:id', route: `/plans/${PLAN.id}` });
    expect(await screen.findByText('Kế hoạch chưa có chế độ báo cáo nào.')).toBeVisible();
  });
});
