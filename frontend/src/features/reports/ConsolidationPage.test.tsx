import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ConsolidationPage from './ConsolidationPage';
import { CONSOLIDATION, PLAN, Q4, SCHEDULE, SNV } from './fixtures';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { REFERENCE_LISTS } from '../../test/tasks';

const metric = (code: string, label: string, measure: string) => ({ code, label, labelVi: label, labelEn: code, measure });
const REFS = {
  ...REFERENCE_LISTS,
  metrics: [metric('ARTICLES', 'Tin, bài đăng tải', 'tin, bài'), metric('DIALOGUES', 'Cuộc đối thoại', 'cuộc')],
};
const SCHEDULES = [
  {
    ...SCHEDULE,
    planId: PLAN.id,
    periodType: 'QUARTER',
    periods: [4],
    dueRule: 'DAY_OF_LAST_MONTH',
    dueDay: 10,
    dueWorkingDays: null,
    dueDate: null,
    cutoff: 'CALENDAR',
    receivingUnit: SNV,
    version: 0,
    occurrences: [Q4],
    warnings: [],
    editable: true,
  },
];

function open(consolidation = CONSOLIDATION, status = 200) {
  return stubFetch(
    route('GET', '/api/v1/reference-lists', () => json(REFS)),
    route('GET', `/api/v1/plans/${PLAN.id}`, () => json({ ...PLAN, status: 'ISSUED' })),
    route('GET', `/api/v1/plans/${PLAN.id}/report-schedules`, () => json(SCHEDULES)),
    route('GET', `/api/v1/plans/${PLAN.id}/consolidation`, () =>
      status === 200 ? json(consolidation) : json({ type: 'about:blank', title: 'Không có quyền', status }, status),
    ),
  );
}

describe('the consolidation', () => {
  it('sums the figures, shows each task against its target and charts them with their data', async () => {
    open();
    renderWithApp(<ConsolidationPage />, { path: '/plans/:id/consolidation', route: `/plans/${PLAN.id}/consolidation?period=2026-Q4` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng hợp kết quả Quý IV/2026' })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Báo cáo được tổng hợp (2)' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Đơn vị chưa được tổng hợp (1)' })).toBeVisible();
    const totals = screen.getByRole('table', { name: 'Số liệu tổng hợp toàn tỉnh' });
    expect(
      within((await within(totals).findByRole('rowheader', { name: 'Tin, bài đăng tải' })).closest('tr')!).getByText('15'),
    ).toBeVisible();
    expect(within(within(totals).getByRole('rowheader', { name: 'Cuộc đối thoại' }).closest('tr')!).getByText('3')).toBeVisible();

    const task = screen.getByRole('region', { name: /^III\.1\. Tổ chức đối thoại/ });
    expect(within(task).getByText('Đạt 3/9 cuộc đối thoại (33%) · 1/3 đơn vị đạt chỉ tiêu')).toBeVisible();

    const figures = screen.getByRole('figure', { name: 'Số liệu theo hình thức tuyên truyền' });
    expect(within(figures).getByRole('img', { name: 'Số liệu theo hình thức tuyên truyền' })).toHaveAccessibleDescription(
      'Tổng số liệu của các đơn vị theo từng hình thức.',
    );
    const data = within(figures).getByRole('table');
    expect(within(data).getByRole('rowheader', { name: 'Tin, bài đăng tải' }).nextSibling).toHaveTextContent('15 tin, bài');
    const completion = screen.getByRole('figure', { name: 'Tỷ lệ nhiệm vụ hoàn thành theo đơn vị' });
    // the data table sits in a closed <details>: there for screen readers, open on demand
    expect(within(completion).getByRole('table')).toHaveTextContent('UBND phường Việt Trì1/2 nhiệm vụ (50%)');

    expect(screen.getByText('Phường đã đối thoại')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Tải báo cáo tổng hợp (Word)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Tải số liệu (Excel)' })).toBeVisible();
  });

  it('shows a lead department the tasks it leads, without narrative or documents', async () => {
    open({ ...CONSOLIDATION, scope: 'LEAD_UNIT', tasks: [CONSOLIDATION.tasks[1]], results: [] });
    renderWithApp(<ConsolidationPage />, { path: '/plans/:id/consolidation', route: `/plans/${PLAN.id}/consolidation?period=2026-Q4` });
    expect(await screen.findByText(/^Phạm vi: các nhiệm vụ do đơn vị bạn chủ trì/)).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Nội dung báo cáo của các đơn vị' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tải báo cáo tổng hợp (Word)' })).toBeNull();
  });

  it('says who may see it when the API refuses', async () => {
    open(CONSOLIDATION, 403);
    renderWithApp(<ConsolidationPage />, { path: '/plans/:id/consolidation', route: `/plans/${PLAN.id}/consolidation` });
    expect(await screen.findByText(/^Bạn không xem được tổng hợp của kế hoạch này/)).toBeVisible();
  });
});
