import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toAssignmentInput } from './importPreview';
import ImportWizardPage from './ImportWizardPage';
import type { ImportResult } from '../../../app/types';
import { json, renderWithApp, route, stubFetch } from '../../../test/render';
import {
  groupEntry,
  PT_COORDINATOR_ME,
  PT_PLAN,
  PT_SNV,
  PT_TREE,
  REFERENCE_LISTS,
  TASKS,
  taskPage,
  textEntry,
  unitEntry,
} from '../../../test/tasks';

const userEvent = userEventLib.setup({ delay: null });

const PASTED = [
  'TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện',
  'III\tNhiệm vụ bổ sung\t\t\t',
  '1\tTổ chức tọa đàm về cải cách hành chính\tBan Quản lý dự án vũ trụ\tSở Nội vụ; Hội Nhà báo tỉnh\tQuý II năm 2026',
  '2\tTuyên truyền trên hệ thống truyền thanh cơ sở\tUBND cấp xã\t\tKhi nào rảnh',
].join('\n');

const RESULT: ImportResult = {
  tasks: [
    {
      rows: [3],
      sectionCode: 'III',
      sectionTitle: 'Nhiệm vụ bổ sung',
      orderNo: 1,
      content: 'Tổ chức tọa đàm về cải cách hành chính',
      lead: [textEntry('Ban Quản lý dự án vũ trụ')],
      cooperating: [unitEntry(PT_SNV, 'Sở Nội vụ'), textEntry('Hội Nhà báo tỉnh')],
      timeframe: { text: 'Quý II năm 2026', kind: 'QUARTERS', quarters: [2], start: '2026-04-01', end: '2026-06-30' },
      expectedOutput: null,
    },
    {
      rows: [4],
      sectionCode: 'III',
      sectionTitle: 'Nhiệm vụ bổ sung',
      orderNo: 2,
      content: 'Tuyên truyền trên hệ thống truyền thanh cơ sở',
      lead: [groupEntry('COMMUNES', 'UBND cấp xã')],
      cooperating: [],
      timeframe: { text: 'Khi nào rảnh', kind: 'UNSPECIFIED', quarters: [], start: null, end: null },
      expectedOutput: null,
    },
  ],
  problems: [
    {
      row: 3,
      column: 'lead',
      text: 'Ban Quản lý dự án vũ trụ',
      code: 'UNKNOWN_UNIT',
      message: 'Không tìm thấy đơn vị "Ban Quản lý dự án vũ trụ": chọn đơn vị đúng, hoặc giữ nguyên như văn bản (không giao cho ai).',
      suggestion: null,
    },
    {
      row: 3,
      column: 'cooperating',
      text: 'Hội Nhà báo tỉnh',
      code: 'UNKNOWN_UNIT',
      message: 'Không tìm thấy đơn vị "Hội Nhà báo tỉnh": chọn đơn vị đúng, hoặc giữ nguyên như văn bản (không giao cho ai).',
      suggestion: null,
    },
    {
      row: 4,
      column: 'timeframe',
      text: 'Khi nào rảnh',
      code: 'UNKNOWN_TIMEFRAME',
      message: 'Không hiểu thời gian thực hiện "Khi nào rảnh": sửa lại, hoặc giữ nguyên dạng chữ (không tính hạn).',
      suggestion: null,
    },
  ],
  saved: false,
  savedCount: 0,
};

function stubWizard(batch: (r: Request) => Response | Promise<Response>) {
  return stubFetch(
    route('GET', '/api/v1/me', () => json(PT_COORDINATOR_ME)),
    route('GET', '/api/v1/plans/5', () => json(PT_PLAN)),
    route('GET', '/api/v1/plans/5/tasks', () => json(taskPage(TASKS))),
    route('GET', '/api/v1/units/tree', () => json(PT_TREE)),
    route('GET', '/api/v1/reference-lists', () => json(REFERENCE_LISTS)),
    route('POST', '/api/v1/plans/5/tasks/import', () => json(RESULT)),
    route('POST', '/api/v1/plans/5/tasks/batch', batch),
  );
}

async function readPasted() {
  fireEvent.change(await screen.findByLabelText('Dán bảng phụ lục từ Word/Excel'), { target: { value: PASTED } });
  await userEvent.click(screen.getByRole('button', { name: 'Đọc thử' }));
  await screen.findByText('Đọc được 2 nhiệm vụ; 3 vấn đề cần xem lại.');
}

/** Opens the unit picker of an unknown name and picks an entry of its tree. */
async function choose(name: string, entry: string) {
  const box = screen.getByRole('combobox', { name: `Chọn đơn vị cho “${name}”` });
  await userEvent.click(box);
  const option = await waitFor(() => {
    // the popup of this picker: the one not hidden (an earlier picker's popup stays in the DOM)
    const popups = [...document.querySelectorAll('.ant-select-dropdown')].filter((p) => !p.className.includes('hidden'));
    const found = [...(popups.at(-1)?.querySelectorAll('.ant-select-tree-title') ?? [])].find((n) => n.textContent === entry);
    if (!found) throw new Error(`no option ${entry}`);
    return found as HTMLElement;
  });
  // (the closing popup of the previous picker may still cover it: click the node itself)
  fireEvent.click(option);
}

describe('the import wizard', () => {
  it('reads the pasted table, marks the problem rows and sends the chosen unit or the name as written', async () => {
    const { calls } = stubWizard(() => json(taskPage([]), 201));
    const { router } = renderWithApp(<ImportWizardPage />, { path: '/plans/:id/import', route: '/plans/5/import' });
    await readPasted();

    const dryRun = calls.find((c) => c.method === 'POST')!;
    expect(new URL(dryRun.url).searchParams.get('dryRun')).toBe('true');
    expect(dryRun.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(await dryRun.text()).toBe(PASTED);

    // both rows are marked by a background, an icon and words, not by colour alone
    const row1 = document.getElementById('import-task-0')!;
    const row2 = document.getElementById('import-task-1')!;
    expect(row1).toHaveClass('import-row-problem');
    expect(within(row1).getByText('Cần xem lại')).toBeVisible();
    expect(within(row2).getByText('Cần xem lại')).toBeVisible();
    expect(within(row1).getByText('Dòng 3')).toBeVisible();

    // the problem list links to its row
    const problems = screen.getByText('Các vấn đề cần xem lại').closest('.ant-alert') as HTMLElement;
    expect(within(problems).getAllByRole('listitem')).toHaveLength(3);
    const link = within(problems).getByRole('link', { name: 'Dòng 3 · Đơn vị chủ trì' });
    await userEvent.click(link);
    expect(row1).toHaveFocus();

    // an unknown lead gets a unit of the plan's issuer, an unknown cooperating unit stays as written
    await choose('Ban Quản lý dự án vũ trụ', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ');
    await choose('Hội Nhà báo tỉnh', 'Giữ nguyên như văn bản (không giao cho ai)');
    expect(within(row1).getByText('Đã xem lại')).toBeVisible();
    // the timeframe not understood is corrected in place
    const timeframe = within(row2).getByRole('textbox', { name: 'Thời gian thực hiện của nhiệm vụ III.2' });
    await userEvent.clear(timeframe);
    await userEvent.type(timeframe, 'Quý III năm 2026');
    expect(within(row2).getByText('Sẽ được đọc lại khi lưu.')).toBeVisible();
    expect(within(row2).getByText('Đã xem lại')).toBeVisible();

    // the plan has tasks already: they are kept unless "replace" is ticked
    expect(screen.getByRole('checkbox', { name: 'Thay thế các nhiệm vụ hiện có (5 nhiệm vụ)' })).not.toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Lưu tất cả' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/5'));
    expect(router.state.location.search).toBe('?tab=appendix');

    const batch = calls.find((c) => c.url.endsWith('/tasks/batch'))!;
    const body = await batch.json();
    expect(body.replace).toBe(false);
    expect(body.tasks).toHaveLength(2);
    expect(body.tasks[0]).toMatchObject({
      sectionCode: 'III',
      sectionTitle: 'Nhiệm vụ bổ sung',
      content: 'Tổ chức tọa đàm về cải cách hành chính',
      lead: [{ unitId: 22 }],
      cooperating: [{ unitId: 21, text: 'Sở Nội vụ' }, { text: 'Hội Nhà báo tỉnh' }],
      timeframe: { text: 'Quý II năm 2026' },
    });
    // the chosen unit replaces the unknown name; "keep as written": the name only, no unit, no group
    expect(body.tasks[0].lead[0]).toEqual({ unitId: 22 });
    expect(body.tasks[0].cooperating[1]).toEqual({ text: 'Hội Nhà báo tỉnh' });
    expect(body.tasks[1]).toMatchObject({
      lead: [{ group: 'COMMUNES', text: 'UBND cấp xã' }],
      cooperating: [],
      timeframe: { text: 'Quý III năm 2026' },
    });
  });

  it('an unknown name left undecided is saved as written', () => {
    expect(toAssignmentInput(textEntry('Hội Nhà báo tỉnh'), undefined)).toEqual({ text: 'Hội Nhà báo tỉnh' });
    expect(toAssignmentInput(textEntry('Hội Nhà báo tỉnh'), 'group:ALL_LOCAL')).toEqual({ group: 'ALL_LOCAL' });
  });

  it('shows the server’s 400 for tasks[1] next to the second row', async () => {
    stubWizard(() =>
      json(
        {
          type: 'urn:cchc:validation',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: [{ field: 'tasks[1].lead[0].unitId', message: 'đơn vị "Sở Nội vụ tỉnh Hưng Yên" không thuộc "UBND tỉnh Phú Thọ"' }],
        },
        400,
      ),
    );
    const { router } = renderWithApp(<ImportWizardPage />, { path: '/plans/:id/import', route: '/plans/5/import' });
    await readPasted();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu tất cả' }));

    const row2 = document.getElementById('import-task-1')!;
    expect(await within(row2).findByText('đơn vị "Sở Nội vụ tỉnh Hưng Yên" không thuộc "UBND tỉnh Phú Thọ"')).toBeVisible();
    expect(within(row2).getByText('Lỗi khi lưu')).toBeVisible();
    expect(within(document.getElementById('import-task-0')!).queryByText(/không thuộc/)).toBeNull();
    expect(screen.getByText('Chưa lưu được: hãy sửa các dòng được đánh dấu rồi lưu lại.')).toBeVisible();
    await waitFor(() => expect(row2).toHaveFocus());
    expect(router.state.location.pathname).toBe('/plans/5/import');
  });
});
