import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QUARTERLY, VIETTRI_ME } from './fixtures';
import { mayAddSchedules, ReportSchedulesSection } from './ReportSchedulesSection';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { PT_COORDINATOR_ME, PT_PLAN, PT_TREE } from '../../test/tasks';

const userEvent = userEventLib.setup({ delay: null });
const ISSUED = {
  ...PT_PLAN,
  status: 'ISSUED' as const,
  number: '25/KH-UBND',
  issuedOn: '2026-02-05',
  permissions: { canEdit: false, canDelete: false, canIssue: false, canClose: true },
};

function stub(me: object, schedules = [QUARTERLY], extra: Parameters<typeof stubFetch> = []) {
  return stubFetch(
    ...extra,
    route('GET', '/api/v1/me', () => json(me)),
    // the tree under rootId, as the server answers
    route('GET', '/api/v1/units/tree', (r) => {
      const rootId = new URL(r.url).searchParams.get('rootId');
      return json(rootId === '26' ? PT_TREE[0].children!.filter((u) => u.id === 26) : PT_TREE);
    }),
    route('GET', '/api/v1/plans/5/report-schedules', () => json(schedules)),
    route('GET', '/api/v1/calendar/add-working-days', () =>
      json({ from: '2026-02-05', days: 15, result: '2026-03-05', calendarMissingYears: [], provisionalYears: [] }),
    ),
  );
}

describe('the report schedules of a plan', () => {
  it('lists each schedule in words with its periods, and the implementing-plan period', async () => {
    const { calls } = stub(VIETTRI_ME, [{ ...QUARTERLY, editable: false }]);
    renderWithApp(<ReportSchedulesSection plan={ISSUED} />, { path: '/plans/:id', route: '/plans/5?tab=schedules' });

    expect(await screen.findByRole('heading', { level: 3, name: 'Báo cáo định kỳ hằng quý' })).toBeVisible();
    expect(
      screen.getByText('Hằng quý, trước ngày 10 của tháng cuối quý; số liệu tính theo kỳ dương lịch; gửi Sở Nội vụ tỉnh Phú Thọ'),
    ).toBeVisible();
    expect(
      await screen.findByText(
        'Thời hạn ban hành kế hoạch triển khai: 15 ngày làm việc kể từ ngày ban hành. Hạn ban hành kế hoạch triển khai: 05/03/2026',
      ),
    ).toBeVisible();
    const periods = screen.getByRole('table', { name: 'Các kỳ báo cáo của lịch “Báo cáo định kỳ hằng quý”' });
    const q2 = within(periods).getByRole('rowheader', { name: 'Quý II/2026' }).closest('tr')!;
    expect(within(q2).getByText('01/04–30/06/2026')).toBeVisible();
    expect(within(q2).getByText('10/06/2026')).toBeVisible();
    const asked = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/calendar/add-working-days')!.url).searchParams;
    expect([asked.get('date'), asked.get('days')]).toEqual(['2026-02-05', '15']);
    // a commune's officer reads the province's schedules but may not change them
    expect(screen.queryByRole('button', { name: 'Thêm lịch báo cáo' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Sửa lịch/ })).toBeNull();
  });

  it('the coordinator adds a schedule; the server’s refusal shows beside its field', async () => {
    let posts = 0;
    const { calls } = stub(
      PT_COORDINATOR_ME,
      [],
      [
        route('POST', '/api/v1/plans/5/report-schedules', () => {
          posts++;
          return posts === 1
            ? json(
                {
                  status: 400,
                  title: 'Dữ liệu không hợp lệ',
                  errors: [{ field: 'dueDate', message: 'ngày hạn phải ở năm 2026 hoặc năm liền kề' }],
                },
                400,
              )
            : json({ ...QUARTERLY, id: 9, name: 'Báo cáo chuyên đề' }, 201);
        }),
      ],
    );
    renderWithApp(<ReportSchedulesSection plan={ISSUED} />, { path: '/plans/:id', route: '/plans/5?tab=schedules' });

    expect(await screen.findByText('Kế hoạch chưa có lịch báo cáo.')).toBeVisible();
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm lịch báo cáo' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Thêm lịch báo cáo')).toBeVisible();
    // the defaults are Phú Thọ's rule, described as one types
    expect(within(dialog).getByText('Hằng quý, trước ngày 10 của tháng cuối quý; số liệu tính theo kỳ dương lịch')).toBeVisible();

    await userEvent.type(within(dialog).getByLabelText('Tên lịch báo cáo'), 'Báo cáo chuyên đề');
    await userEvent.click(within(dialog).getByLabelText('Một ngày cố định'));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Quý IV' }));
    const date = within(dialog).getByLabelText('Ngày hạn');
    await userEvent.click(date);
    await userEvent.type(date, '15/12/2026{Enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu lịch báo cáo' }));

    expect(await within(dialog).findByText('ngày hạn phải ở năm 2026 hoặc năm liền kề')).toBeVisible();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      name: 'Báo cáo chuyên đề',
      periodType: 'QUARTER',
      periods: [4],
      dueRule: 'FIXED_DATE',
      dueDay: null,
      dueWorkingDays: null,
      dueDate: '2026-12-15',
      cutoff: 'CALENDAR',
      receivingUnitId: null,
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu lịch báo cáo' }));
    await waitFor(() => expect(posts).toBe(2));
  });

  it('who may add schedules: writers for the issuing unit, while the plan is open', () => {
    const tree = PT_TREE;
    expect(mayAddSchedules(ISSUED, PT_COORDINATOR_ME as never, tree)).toBe(true);
    expect(mayAddSchedules(ISSUED, VIETTRI_ME as never, undefined)).toBe(false);
    expect(mayAddSchedules({ ...ISSUED, status: 'CLOSED' }, PT_COORDINATOR_ME as never, tree)).toBe(false);
    expect(mayAddSchedules(ISSUED, { ...VIETTRI_ME, roles: ['admin'], scopeUnit: null } as never, undefined)).toBe(true);
    expect(mayAddSchedules(ISSUED, { ...VIETTRI_ME, roles: ['viewer'], scopeUnit: null } as never, undefined)).toBe(false);
  });
});
