import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CalendarAdminPage, { DAY_KIND_COLORS, YEAR_STATUS_COLORS, yearStatus } from './CalendarAdminPage';
import { contrast } from '../../test/contrast';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { PT_VIETTRI } from '../../test/tasks';

const userEvent = userEventLib.setup({ delay: null });
const ADMIN = {
  username: 'admin',
  displayName: 'Quản trị',
  roles: ['admin'],
  unit: null,
  scopeUnit: null,
  permissions: { canCreatePlans: true },
};
const OFFICER = {
  username: 'viettri.officer',
  displayName: 'Cán bộ',
  roles: ['officer'],
  unit: PT_VIETTRI,
  scopeUnit: PT_VIETTRI,
  permissions: { canCreatePlans: true },
};
const YEARS = [
  { year: 2026, provisional: false, note: 'Theo quyết định của Chính phủ', holidays: 20, workingDays: 2, version: 0 },
  { year: 2027, provisional: true, note: null, holidays: 14, workingDays: 0, version: 0 },
];
const Y2026 = {
  year: 2026,
  known: true,
  provisional: false,
  note: 'Theo quyết định của Chính phủ',
  version: 0,
  days: [
    { date: '2026-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch', weekday: 4, version: 0 },
    { date: '2026-01-10', kind: 'WORKING_DAY', name: 'Làm bù ngày 02/01/2026', weekday: 6, version: 0 },
  ],
};

function stub(me: object, extra: Parameters<typeof stubFetch> = []) {
  return stubFetch(
    ...extra,
    route('GET', '/api/v1/me', () => json(me)),
    route('GET', '/api/v1/calendar/years', () => json(YEARS)),
    route('GET', '/api/v1/calendar/years/2026', () => json(Y2026)),
    route('GET', '/api/v1/calendar/years/2027', () => json({ ...Y2026, year: 2027, provisional: true, note: null, days: [] })),
  );
}

describe('the working calendar', () => {
  it('shows a year’s holidays and make-up days, read only for non-administrators', async () => {
    stub(OFFICER);
    renderWithApp(<CalendarAdminPage />, { path: '/calendar', route: '/calendar?year=2026' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lịch làm việc' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Ngày nghỉ lễ và ngày làm bù năm 2026' });
    await waitFor(() => expect(within(table).getByText('Tết Dương lịch')).toBeVisible());
    const makeUp = within(table).getByText('Làm bù ngày 02/01/2026').closest('tr')!;
    expect(within(makeUp).getByText('10/01/2026')).toBeVisible();
    expect(within(makeUp).getByText('Thứ Bảy')).toBeVisible();
    expect(within(makeUp).getByText('Ngày làm bù')).toBeVisible();
    expect(screen.getByText('Chính thức')).toBeVisible();
    expect(screen.getByText('20 ngày nghỉ lễ, 2 ngày làm bù')).toBeVisible();
    expect(screen.getByText('Chỉ quản trị hệ thống được sửa lịch làm việc.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Thêm ngày/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Sửa ngày/ })).toBeNull();
  });

  it('a provisional year says so', async () => {
    stub(OFFICER);
    renderWithApp(<CalendarAdminPage />, { path: '/calendar', route: '/calendar?year=2027' });
    expect(await screen.findByText('Lịch năm 2027 là dự kiến, chưa có quyết định của Chính phủ.')).toBeVisible();
    expect(screen.getByText('Dự kiến')).toBeVisible();
  });

  it('an administrator adds a day: a date already in the calendar is refused beside the date', async () => {
    const { calls } = stub(ADMIN, [
      route('POST', '/api/v1/calendar/days', () =>
        json(
          { status: 409, title: 'Xung đột', errors: [{ field: 'date', message: 'ngày 2026-01-01 đã có trong lịch: hãy sửa mục đó' }] },
          409,
        ),
      ),
    ]);
    renderWithApp(<CalendarAdminPage />, { path: '/calendar', route: '/calendar?year=2026' });
    await screen.findByText('Tết Dương lịch');
    expect(screen.getByRole('button', { name: 'Sửa ngày 01/01/2026' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /Thêm ngày/ }));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByLabelText('Ngày');
    await userEvent.click(date);
    await userEvent.type(date, '01/01/2026{Enter}');
    await userEvent.type(within(dialog).getByLabelText('Tên ngày'), 'Tết Dương lịch');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const item = within(dialog).getByLabelText('Ngày').closest('.ant-form-item') as HTMLElement;
    expect(await within(item).findByText('ngày 2026-01-01 đã có trong lịch: hãy sửa mục đó')).toBeVisible();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ date: '2026-01-01', kind: 'HOLIDAY', name: 'Tết Dương lịch' });
  });

  it('counts working days over the calendar', async () => {
    const { calls } = stub(OFFICER, [
      route('GET', '/api/v1/calendar/add-working-days', () =>
        json({ from: '2026-02-05', days: 15, result: '2026-03-05', calendarMissingYears: [], provisionalYears: [] }),
      ),
    ]);
    renderWithApp(<CalendarAdminPage />, { path: '/calendar', route: '/calendar?year=2026' });
    const from = await screen.findByLabelText('Từ ngày');
    await userEvent.click(from);
    await userEvent.type(from, '05/02/2026{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Tính' }));
    expect(await screen.findByText('15 ngày làm việc sau ngày 05/02/2026: Thứ Năm, 05/03/2026.')).toBeVisible();
    const query = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/calendar/add-working-days')!.url).searchParams;
    expect([query.get('date'), query.get('days')]).toEqual(['2026-02-05', '15']);
  });

  it('status and kind colours carry white text at 4.5:1', () => {
    for (const c of [...Object.values(DAY_KIND_COLORS), ...Object.values(YEAR_STATUS_COLORS)]) {
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(4.5);
    }
    expect(yearStatus(undefined)).toBe('unknown');
    expect(yearStatus({ known: true, provisional: true })).toBe('provisional');
  });
});
