import { screen, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEADLINE, REPORT, SUMMARY, VIETTRI } from './fixtures';
import MyReportsPage from './MyReportsPage';
import type { ReportSummary } from './types';
import { setLang } from '../../i18n';
import { json, renderWithApp, route, stubFetch } from '../../test/render';

const userEvent = userEventLib.setup({ delay: null });

const LEADER = {
  username: 'viettri.leader',
  displayName: 'Lãnh đạo Việt Trì',
  roles: ['leader'],
  unit: VIETTRI,
  scopeUnit: VIETTRI,
  permissions: { canCreatePlans: true },
};

const Q3_DEADLINE = {
  ...DEADLINE,
  id: 11,
  dueOn: '2026-09-10',
  state: 'OVERDUE' as const,
  workingDaysLeft: -50,
  period: { ...DEADLINE.period!, key: '2026-Q3', label: 'Quý III/2026', dueOn: '2026-09-10' },
};
const REPORTS: ReportSummary[] = [
  { ...SUMMARY, id: 77, state: 'AWAITING_APPROVAL', sentOn: null },
  { ...SUMMARY, id: 76, periodKey: '2026-Q2', periodLabel: 'Quý II/2026', dueOn: '2026-06-10', state: 'RETURNED', sentOn: '2026-06-12' },
  { ...SUMMARY, id: 75, periodKey: '2026-Q1', periodLabel: 'Quý I/2026', dueOn: '2026-03-10', state: 'ACCEPTED', sentOn: '2026-03-09' },
];

function stub() {
  return stubFetch(
    route('GET', '/api/v1/me', () => json(LEADER)),
    route('GET', '/api/v1/reports', () => json({ items: REPORTS, page: 0, size: 100, total: REPORTS.length })),
    route('GET', '/api/v1/deadlines', () => json({ items: [DEADLINE, Q3_DEADLINE], page: 0, size: 100, total: 2 })),
    route('GET', '/api/v1/reports/76', () => json({ ...REPORT, id: 76, state: 'RETURNED', returnReason: 'Thiếu số liệu đối thoại' })),
    route('POST', '/api/v1/reports', () => json({ ...REPORT, id: 78, period: Q3_DEADLINE.period }, 201)),
  );
}

describe('My reports', () => {
  it("opens a leader's approval inbox, with its count", async () => {
    stub();
    renderWithApp(<MyReportsPage />, { path: '/reports', route: '/reports' });
    const inboxTab = await screen.findByRole('tab', { name: 'Chờ tôi phê duyệt (1)' });
    expect(inboxTab).toHaveAttribute('aria-selected', 'true');
    const inbox = screen.getByRole('table', { name: 'Báo cáo chờ phê duyệt' });
    expect(within(inbox).getByText('Chờ phê duyệt')).toBeVisible();
    expect(within(inbox).getByRole('link', { name: 'Mở báo cáo Quý IV/2026 của UBND phường Việt Trì' })).toHaveAttribute(
      'href',
      '/reports/77',
    );
    // Quý IV has a report already: only Quý III is left to start
    expect(screen.getByRole('tab', { name: 'Cần lập (1)' })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Báo cáo của đơn vị (3)' })).toBeVisible();
  });

  it('lists the unit’s reports with their state, timeliness and the reason of a returned one', async () => {
    stub();
    renderWithApp(<MyReportsPage />, { path: '/reports', route: '/reports?tab=unit' });
    const table = await screen.findByRole('table', { name: 'Báo cáo của đơn vị' });
    await within(table).findByText('Quý II/2026');
    const row = (period: string) => within(table).getByText(period).closest('tr') as HTMLElement;
    expect(await within(row('Quý II/2026')).findByText('Lý do trả lại: Thiếu số liệu đối thoại')).toBeVisible();
    expect(within(row('Quý II/2026')).getByText('Bị trả lại')).toBeVisible();
    expect(within(row('Quý II/2026')).getByText('Muộn')).toBeVisible();
    expect(within(row('Quý I/2026')).getByText('Đã tiếp nhận')).toBeVisible();
    expect(within(row('Quý I/2026')).getByText('Đúng hạn')).toBeVisible();
    // the returned report comes first: it is what the unit must act on
    expect(table.querySelectorAll('tbody tr.ant-table-row')[0]).toHaveTextContent('Quý II/2026');
  });

  it('starts the report of a due period and opens it', async () => {
    const { calls } = stub();
    const { router } = renderWithApp(<MyReportsPage />, { path: '/reports', route: '/reports?tab=due' });
    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo chưa lập' });
    expect(await within(table).findByText('Quá hạn')).toBeVisible();
    expect(within(table).getByText('quá hạn 50 ngày làm việc')).toBeVisible();
    await userEvent.click(
      within(table).getByRole('button', {
        name: 'Lập báo cáo Quý III/2026 – 25/KH-UBND – Thông tin, tuyên truyền cải cách hành chính tỉnh Phú Thọ năm 2026',
      }),
    );
    await screen.findByText('elsewhere');
    expect(router.state.location.pathname).toBe('/reports/78');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ scheduleId: 7, periodKey: '2026-Q3' });
  });

  it('narrows the periods to start to one plan', async () => {
    const other = { id: 6, number: '30/KH-UBND', title: 'Kế hoạch CCHC phường Việt Trì năm 2026', year: 2026 };
    stubFetch(
      route('GET', '/api/v1/me', () => json(LEADER)),
      route('GET', '/api/v1/reports', () => json({ items: [], page: 0, size: 100, total: 0 })),
      route('GET', '/api/v1/deadlines', () =>
        json({ items: [Q3_DEADLINE, DEADLINE, { ...DEADLINE, id: 12, plan: other }], page: 0, size: 100, total: 3 }),
      ),
    );
    renderWithApp(<MyReportsPage />, { path: '/reports', route: '/reports?tab=due' });
    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo chưa lập' });
    await within(table).findByText('Quý III/2026');
    expect(within(table).getAllByRole('button', { name: /^Lập báo cáo/ })).toHaveLength(3);
    const filter = screen.getByRole('combobox', { name: 'Kế hoạch' });
    await userEvent.click(filter);
    await userEvent.click(
      await screen.findByText('30/KH-UBND – Kế hoạch CCHC phường Việt Trì năm 2026', { selector: '.ant-select-item-option-content' }),
    );
    expect(within(table).getAllByRole('button', { name: /^Lập báo cáo/ })).toHaveLength(1);
    expect(
      within(table).getByRole('button', { name: 'Lập báo cáo Quý IV/2026 – 30/KH-UBND – Kế hoạch CCHC phường Việt Trì năm 2026' }),
    ).toBeVisible();
  });

  it('opens filtered by the plan a link names (?planId=, as in the notice of a missing report)', async () => {
    const other = { id: 6, number: '30/KH-UBND', title: 'Kế hoạch CCHC phường Việt Trì năm 2026', year: 2026 };
    stubFetch(
      route('GET', '/api/v1/me', () => json(LEADER)),
      route('GET', '/api/v1/reports', () => json({ items: [], page: 0, size: 100, total: 0 })),
      route('GET', '/api/v1/deadlines', () =>
        json({ items: [Q3_DEADLINE, DEADLINE, { ...DEADLINE, id: 12, plan: other }], page: 0, size: 100, total: 3 }),
      ),
    );
    renderWithApp(<MyReportsPage />, { path: '/reports', route: '/reports?tab=due&planId=6' });
    const table = await screen.findByRole('table', { name: 'Các kỳ báo cáo chưa lập' });
    await within(table).findByText('Quý IV/2026');
    expect(within(table).getAllByRole('button', { name: /^Lập báo cáo/ })).toHaveLength(1);
    expect(
      within(table).getByRole('button', { name: 'Lập báo cáo Quý IV/2026 – 30/KH-UBND – Kế hoạch CCHC phường Việt Trì năm 2026' }),
    ).toBeVisible();
  });

  it('names the states in English after the switch', async () => {
    setLang('en');
    stub();
    renderWithApp(<MyReportsPage />, { path: '/reports', route: '/reports?tab=unit' });
    expect(await screen.findByRole('heading', { level: 1, name: 'My reports' })).toBeVisible();
    const table = await screen.findByRole('table', { name: "The unit's reports" });
    expect(await within(table).findByText('Returned')).toBeVisible();
    expect(within(table).getByText('Awaiting approval')).toBeVisible();
    expect(within(table).getByText('On time')).toBeVisible();
  });
});
