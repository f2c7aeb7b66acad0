import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DeadlinesPage from './DeadlinesPage';
import { deadlinePage, IMPLEMENTING, REPORT_Q1, TASK_FEB, TASK_MET, VIETTRI_ME } from './fixtures';
import type { Deadline } from './types';
import { setLang } from '../../i18n';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { PT_COORDINATOR_ME, PT_SNV, PT_TREE, PT_VHTTDL } from '../../test/tasks';

const userEvent = userEventLib.setup({ delay: null });
const ALL = [IMPLEMENTING, TASK_FEB, REPORT_Q1, TASK_MET];

function stub(me: object, items: Deadline[] = ALL, extra: Parameters<typeof stubFetch> = []) {
  return stubFetch(
    ...extra,
    route('GET', '/api/v1/me', () => json(me)),
    route('GET', '/api/v1/units/tree', () => json(PT_TREE)),
    route('GET', '/api/v1/plans', () => json({ items: [], page: 0, size: 100, total: 0 })),
    route('GET', '/api/v1/deadlines', () => json(deadlinePage(items))),
    route('GET', '/api/v1/calendar/years/2026', () =>
      json({
        year: 2026,
        known: true,
        provisional: false,
        note: null,
        version: 0,
        days: [{ date: '2026-03-08', kind: 'HOLIDAY', name: 'Ngày nghỉ thử', weekday: 7, version: 0 }],
      }),
    ),
  );
}

const dataRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((r) => r.classList.contains('ant-table-row'));
const rows = () => [...document.querySelectorAll('.deadline-table .ant-table-tbody tr.ant-table-row')] as HTMLElement[];

describe('the deadlines of a unit', () => {
  it('shows each deadline with its state, due date, working days left, plan and unit', async () => {
    const { calls } = stub(VIETTRI_ME);
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines?state=OVERDUE&planId=7' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Hạn xử lý' })).toBeVisible();
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.getByText(/^Các việc phải hoàn thành đúng hạn của UBND phường Việt Trì và các đơn vị trực thuộc/)).toBeVisible();

    const [implementing, task, report, met] = rows();
    expect(within(implementing).getByText('Quá hạn')).toBeVisible();
    expect(within(implementing).getByText('Quá hạn 4 ngày làm việc')).toBeVisible();
    expect(within(implementing).getByText('05/03/2026')).toBeVisible();
    expect(within(implementing).getByText('Ban hành kế hoạch triển khai')).toBeVisible();
    expect(within(implementing).getByRole('link', { name: /25\/KH-UBND/ })).toHaveAttribute('href', '/plans/7');
    expect(within(implementing).getByText('UBND phường Việt Trì')).toBeVisible();

    // a due date on a Saturday is marked in words, not only by colour
    expect(within(task).getByText('28/02/2026')).toBeVisible();
    expect(within(task).getByText(/Ngày nghỉ/)).toBeVisible();
    expect(within(task).getByText('Quá hạn 1 ngày làm việc')).toBeVisible();
    expect(within(task).getByRole('link', { name: 'Nhiệm vụ I.1' })).toHaveAttribute('href', '/plans/7?tab=appendix#task-301');
    expect(within(task).getByText(/Tháng 2\/2026/)).toBeVisible();

    expect(within(report).getByText('Sắp đến hạn')).toBeVisible();
    expect(within(report).getByText('Còn 2 ngày làm việc')).toBeVisible();
    expect(within(report).getByText(/Báo cáo Quý I\/2026/)).toBeVisible();
    expect(within(report).getByText('Số liệu từ 01/01/2026 đến 31/03/2026')).toBeVisible();

    expect(within(met).getByText('Hoàn thành đúng hạn')).toBeVisible();
    expect(within(met).getByText('Hoàn thành ngày 20/03/2026')).toBeVisible();
    expect(within(met).getByText('Sản phẩm: Đã đăng 12 tin, bài')).toBeVisible();

    // only where the API says so may a task be marked done
    expect(within(task).getByRole('button', { name: /^Báo cáo hoàn thành: Nhiệm vụ I\.1 \(28\/02\/2026/ })).toBeVisible();
    expect(within(implementing).queryByRole('button')).toBeNull();
    expect(within(met).queryByRole('button')).toBeNull();

    // the URL's filters go to the API; an officer sends no unit and picks none
    const query = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/deadlines')!.url).searchParams;
    expect(query.get('state')).toBe('OVERDUE');
    expect(query.get('planId')).toBe('7');
    expect(query.has('unitId')).toBe(false);
    expect(screen.queryByLabelText('Đơn vị')).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Kế hoạch triển khai của các đơn vị' })).toBeNull();
  });

  it('speaks English after the switch', async () => {
    setLang('en');
    stub(VIETTRI_ME);
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(within(rows()[0]).getByText('Overdue by 4 working days')).toBeVisible();
    expect(within(rows()[1]).getByText(/Day off/)).toBeVisible();
    expect(within(rows()[3]).getByText('Done on time')).toBeVisible();
  });

  it("leaves a closed plan's cancelled deadlines out until the state filter asks for them", async () => {
    const cancelled: Deadline = { ...IMPLEMENTING, id: 9, state: 'CANCELLED', workingDaysLeft: null, canComplete: false };
    const { calls } = stubFetch(
      route('GET', '/api/v1/me', () => json(VIETTRI_ME)),
      route('GET', '/api/v1/units/tree', () => json(PT_TREE)),
      route('GET', '/api/v1/plans', () => json({ items: [], page: 0, size: 100, total: 0 })),
      route('GET', '/api/v1/deadlines', (req) =>
        json(deadlinePage(new URL(req.url).searchParams.get('state') === 'CANCELLED' ? [cancelled] : [TASK_MET])),
      ),
      route('GET', '/api/v1/calendar/years/2026', () =>
        json({ year: 2026, known: true, provisional: false, note: null, version: 0, days: [] }),
      ),
    );
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const deadlineQueries = () =>
      calls.filter((c) => new URL(c.url).pathname === '/api/v1/deadlines').map((c) => new URL(c.url).searchParams);
    // by default no state is sent: the API leaves the cancelled ones out, and the filter says so
    expect(deadlineQueries()[0].has('state')).toBe(false);
    expect(screen.getByText('Tất cả (trừ việc đã hủy)')).toBeVisible();
    expect(within(rows()[0]).getByText('Hoàn thành đúng hạn')).toBeVisible();

    await userEvent.click(screen.getByRole('combobox', { name: 'Tình trạng' }));
    await userEvent.click(await screen.findByText('Đã hủy (kế hoạch đã kết thúc)', { selector: '.ant-select-item-option-content' }));
    await waitFor(() => expect(deadlineQueries().at(-1)!.get('state')).toBe('CANCELLED'));
    await waitFor(() => expect(within(rows()[0]).getByText('Không còn phải thực hiện')).toBeVisible());
    expect(within(rows()[0]).getByText('Đã hủy (kế hoạch đã kết thúc)', { selector: '.deadline-state *' })).toBeVisible();
    expect(within(rows()[0]).queryByText(/Quá hạn/)).toBeNull();
    expect(within(rows()[0]).queryByRole('button')).toBeNull();
  });

  it('names the cancelled state in English', async () => {
    setLang('en');
    const cancelled: Deadline = { ...REPORT_Q1, id: 9, state: 'CANCELLED', workingDaysLeft: null };
    stub(VIETTRI_ME, [cancelled]);
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines?state=CANCELLED' });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]).getByText('No longer due')).toBeVisible();
    expect(within(rows()[0]).getByText('Cancelled (plan closed)', { selector: '.deadline-state *' })).toBeVisible();
  });

  it('marks a task done with its output; a refused date shows beside its field', async () => {
    let attempts = 0;
    const { calls } = stub(VIETTRI_ME, ALL, [
      route('POST', '/api/v1/deadlines/3/complete', () => {
        attempts++;
        return attempts === 1
          ? json(
              {
                status: 400,
                title: 'Dữ liệu không hợp lệ',
                errors: [{ field: 'completedOn', message: 'ngày hoàn thành không được sau hôm nay' }],
              },
              400,
            )
          : json({
              ...TASK_FEB,
              state: 'MET_LATE',
              metOn: '2026-03-02',
              output: 'Đã đăng 5 tin',
              canComplete: false,
              workingDaysLeft: null,
            });
      }),
    ]);
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines' });
    await waitFor(() => expect(rows()).toHaveLength(4));
    await userEvent.click(within(rows()[1]).getByRole('button', { name: /^Báo cáo hoàn thành/ }));

    // (antd names its dialogs by a generated id that jsdom runs do not match: look at the title instead)
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Ghi nhận hoàn thành nhiệm vụ')).toBeVisible();
    expect(within(dialog).getByText(/cho hạn 28\/02\/2026/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành' }));
    expect(await within(dialog).findByText('Vui lòng nhập sản phẩm đầu ra.')).toBeVisible();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(dialog).getByLabelText('Sản phẩm đầu ra'), 'Đã đăng 5 tin');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành' }));
    expect(await within(dialog).findByText('ngày hoàn thành không được sau hôm nay')).toBeVisible();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ output: 'Đã đăng 5 tin', completedOn: null });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận hoàn thành' }));
    expect(await screen.findByText('Đã ghi nhận hoàn thành: Hoàn thành muộn.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows the month on a grid usable by keyboard and lists the chosen day', async () => {
    const { calls } = stub(VIETTRI_ME);
    const rendered = renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines?view=month&month=2026-03' });

    const grid = await screen.findByRole('table', { name: 'Hạn xử lý tháng 03/2026' });
    const day5 = await within(grid).findByRole('button', { name: 'Thứ Năm, 05/03/2026; 1 hạn; 1 quá hạn' });
    expect(within(grid).getByRole('button', { name: 'Chủ nhật, 08/03/2026; Ngày nghỉ lễ: Ngày nghỉ thử; 0 hạn' })).toBeVisible();
    // the month's dates go to the API
    const query = new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/deadlines').at(-1)!.url).searchParams;
    expect(query.get('from')).toBe('2026-03-01');
    expect(query.get('to')).toBe('2026-03-31');

    // one tab stop: the first day; arrows move, Enter chooses
    const day1 = within(grid).getByRole('button', { name: /^Chủ nhật, 01\/03\/2026/ });
    expect(day1).toHaveAttribute('tabindex', '0');
    day1.focus();
    fireEvent.keyDown(day1, { key: 'ArrowDown' }); // 08/03
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' }); // 15/03
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' }); // 08/03
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' }); // 07/03
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' }); // 06/03
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' }); // 05/03
    await waitFor(() => expect(document.activeElement).toBe(day5));
    await userEvent.keyboard('{Enter}');
    expect(day5).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('region', { name: 'Các hạn ngày 05/03/2026' });
    expect(within(list).getByText('Ban hành kế hoạch triển khai')).toBeVisible();

    // Page Down goes to the same day of the next month, which keeps the focus and reaches the URL
    const { router } = rendered;
    fireEvent.keyDown(day5, { key: 'PageDown' });
    const april = await screen.findByRole('table', { name: 'Hạn xử lý tháng 04/2026' });
    await waitFor(() => expect(document.activeElement).toBe(within(april).getByRole('button', { name: /^Chủ nhật, 05\/04\/2026/ })));
    expect(new URLSearchParams(router.state.location.search).get('month')).toBe('2026-04');
    const aprilQuery = new URL(calls.filter((c) => new URL(c.url).pathname === '/api/v1/deadlines').at(-1)!.url).searchParams;
    expect(aprilQuery.get('from')).toBe('2026-04-01');
    expect(aprilQuery.get('to')).toBe('2026-04-30');
  });

  it("gives coordinators every unit's implementing plan, searchable and exportable", async () => {
    const units = [
      { ...IMPLEMENTING, id: 11 },
      {
        ...IMPLEMENTING,
        id: 12,
        unit: PT_VHTTDL,
        state: 'MET_LATE' as const,
        workingDaysLeft: null,
        metOn: '2026-03-09',
        metRef: 'plan:44',
      },
      {
        ...IMPLEMENTING,
        id: 13,
        unit: PT_SNV,
        state: 'MET_ON_TIME' as const,
        workingDaysLeft: null,
        metOn: '2026-03-02',
        metRef: 'plan:45',
      },
    ];
    let exports = 0;
    const { calls } = stub(PT_COORDINATOR_ME, units, [
      route('GET', '/api/v1/deadlines/export', () =>
        ++exports === 1
          ? json({ status: 400, title: 'Dữ liệu không hợp lệ', errors: [{ field: 'state', message: 'tình trạng không hợp lệ' }] }, 400)
          : new Response('xlsx', {
              status: 200,
              headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
            }),
      ),
    ]);
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines?view=units&planId=7' });

    const table = await screen.findByRole('table', { name: 'Hạn ban hành kế hoạch triển khai của các đơn vị' });
    await waitFor(() => expect(dataRows(table)).toHaveLength(3));
    expect(screen.getByText('2/3 đơn vị đã ban hành kế hoạch triển khai; 1 đơn vị quá hạn.')).toBeVisible();
    const late = within(table).getByText('Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ').closest('tr')!;
    expect(within(late).getByText('Hoàn thành muộn')).toBeVisible();
    expect(within(late).getByText('09/03/2026')).toBeVisible();
    expect(within(late).getByRole('link', { name: /Xem kế hoạch triển khai/ })).toHaveAttribute('href', '/plans/44');
    const query = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/deadlines')!.url).searchParams;
    expect(query.get('kind')).toBe('IMPLEMENTING_PLAN');
    expect(query.get('planId')).toBe('7');

    // the unit search ignores diacritics
    await userEvent.type(screen.getByLabelText('Tìm đơn vị'), 'viet tri');
    await waitFor(() => expect(dataRows(table)).toHaveLength(1));
    expect(within(table).getByText('UBND phường Việt Trì')).toBeVisible();

    // the file holds every unit of the plan: said beside the button while a name is searched
    const exportButton = screen.getByRole('button', { name: /Xuất Excel/ });
    expect(exportButton).toHaveAccessibleDescription(
      'Tệp Excel gồm mọi đơn vị theo kế hoạch và tình trạng đã chọn, không lọc theo tên đơn vị.',
    );

    // a refusal shows the server's reason and field
    await userEvent.click(exportButton);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không xuất được tệp Excel: Dữ liệu không hợp lệ')).toBeVisible();
    expect(within(alert).getByText('tình trạng không hợp lệ')).toBeVisible();

    await userEvent.click(exportButton);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(exports).toBe(2);
    expect(saved).toEqual(['han-ke-hoach-trien-khai-7.xlsx']);
    const exported = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/deadlines/export')!.url).searchParams;
    expect(exported.get('kind')).toBe('IMPLEMENTING_PLAN');
    expect(exported.get('planId')).toBe('7');
  });
});

describe('a province with more deadlines than the server counts', () => {
  it('says "more than" the lower bound and still offers the next page', async () => {
    stub(PT_COORDINATOR_ME, ALL, [
      route('GET', '/api/v1/deadlines', () => json({ ...deadlinePage(ALL), size: 20, total: 1000, totalExact: false })),
    ]);
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines' });

    expect(await screen.findByText('1–20 trên hơn 1.000 hạn')).toBeVisible();
    // 1,000 rows and more: page 51 is reachable
    expect(screen.getByRole('listitem', { name: '51' })).toBeVisible();
  });
});

describe('lists that load every deadline up to a limit', () => {
  const capped = (items: Deadline[]) => ({ ...deadlinePage(items), size: 100, total: 1000, totalExact: false });

  it('warn that the implementing plans shown are not all when the server counted only to its cap', async () => {
    stub(PT_COORDINATOR_ME, ALL, [route('GET', '/api/v1/deadlines', () => json(capped([IMPLEMENTING])))]);
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines?view=units' });

    expect(await screen.findByText('Chỉ hiện 1000 trên hơn 1.000 hạn: hãy chọn một kế hoạch.')).toBeVisible();
  });

  it('warn that the month holds more than the calendar shows', async () => {
    stub(PT_COORDINATOR_ME, ALL, [route('GET', '/api/v1/deadlines', () => json(capped(ALL)))]);
    renderWithApp(<DeadlinesPage />, { path: '/deadlines', route: '/deadlines?view=month&month=2026-03' });

    expect(
      await screen.findByText('Tháng này có hơn 1.000 hạn; lịch chỉ hiện 500 hạn đầu tiên. Hãy lọc theo đơn vị hoặc kế hoạch.'),
    ).toBeVisible();
  });
});
