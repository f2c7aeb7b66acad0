import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS_OFFICER, REPORT } from './fixtures';
import ReportPage from './ReportPage';
import type { Report } from './types';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { REFERENCE_LISTS } from '../../test/tasks';

const userEvent = userEventLib.setup({ delay: null });

const metric = (code: string, label: string, measure: string) => ({ code, label, labelVi: label, labelEn: code, measure });
const REFS = {
  ...REFERENCE_LISTS,
  metrics: [
    metric('ARTICLES', 'Tin, bài đăng tải', 'tin, bài'),
    metric('PARTICIPANTS', 'Người tham dự', 'người'),
    metric('DIALOGUES', 'Cuộc đối thoại', 'cuộc'),
  ],
};
const OFFICER = {
  username: 'viettri.officer',
  displayName: 'Cán bộ Việt Trì',
  roles: ['officer'],
  unit: REPORT.unit,
  scopeUnit: REPORT.unit,
  permissions: { canCreatePlans: true },
};

function open(report: Report, ...handlers: Parameters<typeof stubFetch>) {
  const stub = stubFetch(
    route('GET', '/api/v1/me', () => json(OFFICER)),
    route('GET', '/api/v1/reference-lists', () => json(REFS)),
    ...handlers,
    route('GET', `/api/v1/reports/${report.id}`, () => json(report, 200, { ETag: `"${report.version}"` })),
  );
  renderWithApp(<ReportPage />, { path: '/reports/:id', route: `/reports/${report.id}` });
  return stub;
}

const dialogues = () => screen.findByRole('spinbutton', { name: 'Cuộc đối thoại (cuộc) – Nhiệm vụ III.1' });

describe('the report page', () => {
  it('shows one labelled block per task with its figures and units, and saves them with If-Match', async () => {
    let sent: { ifMatch: string | null; body: unknown } | null = null;
    open(
      REPORT,
      route('PUT', '/api/v1/reports/77', async (request) => {
        sent = { ifMatch: request.headers.get('If-Match'), body: await request.json() };
        return json({
          ...REPORT,
          version: 4,
          items: [
            {
              ...REPORT.items[0],
              figures: [
                { metric: 'DIALOGUES', value: 3, measure: 'cuộc' },
                { metric: 'PARTICIPANTS', value: 80, measure: 'người' },
              ],
            },
            REPORT.items[1],
          ],
        });
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo Quý IV/2026 – UBND phường Việt Trì' })).toBeVisible();
    const header = screen.getByRole('region', { name: 'Thông tin báo cáo' });
    expect(within(header).getByText('Quý IV/2026 (01/10/2026 – 31/12/2026)')).toBeVisible();
    expect(within(header).getByText('10/12/2026')).toBeVisible();
    expect(within(header).getByText('Dự thảo')).toBeVisible();
    const task = screen.getByRole('region', { name: /^Nhiệm vụ III\.1: Tổ chức đối thoại/ });
    expect(within(task).getByText('Chỉ tiêu: 3 cuộc đối thoại mỗi đơn vị')).toBeVisible();
    expect(await dialogues()).toHaveValue('2');
    expect(screen.getByRole('spinbutton', { name: 'Người tham dự (người) – Nhiệm vụ III.1' })).toHaveValue('80');
    expect(screen.getByText('Chưa có số liệu.')).toBeVisible(); // I.1 has none yet

    await userEvent.clear(await dialogues());
    await userEvent.type(await dialogues(), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu báo cáo' }));
    expect(await screen.findByText('Đã lưu báo cáo.')).toBeInTheDocument();
    expect(sent!.ifMatch).toBe('"3"');
    expect(sent!.body).toMatchObject({
      items: [
        { taskId: 501, status: 'IN_PROGRESS', percent: 60, figures: { DIALOGUES: 3, PARTICIPANTS: 80 } },
        { taskId: 502, status: 'NOT_STARTED', percent: null, output: null, figures: {} },
      ],
      results: 'Phường đã đối thoại',
    });
  });

  it('adds a figure chosen from the METRIC list and focuses it; an empty figure is refused next to it', async () => {
    open(REPORT);
    const add = await screen.findByRole('combobox', { name: 'Thêm số liệu cho nhiệm vụ I.1' });
    fireEvent.mouseDown(add);
    fireEvent.click(await screen.findByText('Tin, bài đăng tải (tin, bài)'));
    const articles = await screen.findByRole('spinbutton', { name: 'Tin, bài đăng tải (tin, bài) – Nhiệm vụ I.1' });
    await waitFor(() => expect(articles).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: 'Lưu báo cáo' }));
    expect(await screen.findByText('Nhập số liệu (số nguyên không âm) hoặc xóa dòng này.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Xóa số liệu “Tin, bài đăng tải” của nhiệm vụ I.1' }));
    // the row leaves once the form has re-rendered without it (not within the click on a busy machine)
    await waitFor(() => expect(screen.queryByRole('spinbutton', { name: 'Tin, bài đăng tải (tin, bài) – Nhiệm vụ I.1' })).toBeNull());
  });

  it('adds a figure by keyboard, typed without diacritics, and takes the number typed', async () => {
    let body: { items: { figures: Record<string, number> }[] } | null = null;
    open(
      REPORT,
      route('PUT', '/api/v1/reports/77', async (request) => {
        body = await request.json();
        return json({ ...REPORT, version: 4 });
      }),
    );
    const add = await screen.findByRole('combobox', { name: 'Thêm số liệu cho nhiệm vụ I.1' });
    add.focus();
    await userEvent.keyboard('doi thoai');
    // the list reads the key's `which`, which user-event leaves out in jsdom
    fireEvent.keyDown(add, { key: 'Enter', keyCode: 13, which: 13 });
    const field = await screen.findByRole('spinbutton', { name: 'Cuộc đối thoại (cuộc) – Nhiệm vụ I.1' });
    await waitFor(() => expect(field).toHaveFocus());
    await userEvent.keyboard('4');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu báo cáo' }));
    await screen.findByText('Đã lưu báo cáo.');
    expect(body!.items[1].figures).toEqual({ DIALOGUES: 4 });
  });

  it('puts the server’s field errors next to the figure', async () => {
    open(
      REPORT,
      route('PUT', '/api/v1/reports/77', () =>
        json(
          {
            type: 'https://cchc.gov.vn/problems/validation',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            errors: [{ field: 'items[0].figures[DIALOGUES]', message: 'phải lớn hơn hoặc bằng 0' }],
          },
          400,
        ),
      ),
    );
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Lưu báo cáo' }));
    const task = screen.getByRole('region', { name: /^Nhiệm vụ III\.1/ });
    expect(await within(task).findByText('phải lớn hơn hoặc bằng 0')).toBeVisible();
  });

  it('on 412 says someone else changed it and reloads the version without losing what was typed', async () => {
    const ifMatches: (string | null)[] = [];
    let reads = 0;
    open(
      REPORT,
      route('GET', '/api/v1/reports/77', () => json(++reads === 1 ? REPORT : { ...REPORT, version: 9, results: 'Bản của người khác' })),
      route('PUT', '/api/v1/reports/77', (request) => {
        ifMatches.push(request.headers.get('If-Match'));
        return ifMatches.length === 1
          ? json({ type: 'https://cchc.gov.vn/problems/precondition-failed', title: 'Dữ liệu đã thay đổi', status: 412 }, 412)
          : json({ ...REPORT, version: 10 });
      }),
    );
    await screen.findByRole('heading', { level: 1 });
    await userEvent.clear(await dialogues());
    await userEvent.type(await dialogues(), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu báo cáo' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Báo cáo đã được người khác thay đổi')).toBeVisible();
    await userEvent.click(within(alert).getByRole('button', { name: 'Tải bản mới nhất (giữ nội dung đang nhập)' }));
    expect(await screen.findByText('Đã tải bản mới nhất; nội dung bạn nhập vẫn còn. Hãy xem lại rồi lưu.')).toBeInTheDocument();
    expect(await dialogues()).toHaveValue('7');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu báo cáo' }));
    await screen.findByText('Đã lưu báo cáo.');
    expect(ifMatches).toEqual(['"3"', '"9"']);
  });

  it('submitting saves what was typed first, then submits the version just saved', async () => {
    const steps: string[] = [];
    open(
      REPORT,
      route('PUT', '/api/v1/reports/77', (request) => {
        steps.push(`PUT ${request.headers.get('If-Match')}`);
        return json({ ...REPORT, version: 4 });
      }),
      route('POST', '/api/v1/reports/77/submit', (request) => {
        steps.push(`submit ${request.headers.get('If-Match')}`);
        return json({
          report: {
            ...REPORT,
            version: 5,
            state: 'AWAITING_APPROVAL',
            permissions: { ...PERMISSIONS_OFFICER, canEdit: false, canSubmit: false },
          },
          changed: true,
          message: null,
        });
      }),
    );
    await userEvent.clear(await dialogues());
    await userEvent.type(await dialogues(), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Trình lãnh đạo duyệt' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText('Trình báo cáo cho lãnh đạo đơn vị phê duyệt?')).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Đồng ý' }));
    expect(await screen.findByText('Đã trình lãnh đạo duyệt.')).toBeInTheDocument();
    expect(steps).toEqual(['PUT "3"', 'submit "4"']);
    expect(within(screen.getByRole('region', { name: 'Thông tin báo cáo' })).getByText('Chờ phê duyệt')).toBeVisible();
  });

  it('shows a refused step with the actions its state allows', async () => {
    const leader: Report = {
      ...REPORT,
      state: 'AWAITING_APPROVAL',
      permissions: { ...PERMISSIONS_OFFICER, canEdit: false, canSubmit: false, canApprove: true, canSendBack: true },
    };
    open(
      leader,
      route('POST', '/api/v1/reports/77/approve', () =>
        json(
          {
            type: 'https://cchc.gov.vn/problems/invalid-state',
            title: 'Không thực hiện được ở trạng thái hiện tại',
            status: 409,
            allowed: ['update', 'submit'],
          },
          409,
        ),
      ),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Phê duyệt và gửi' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Đồng ý' }));
    expect(await screen.findByText('Các thao tác có thể làm: sửa nội dung, trình lãnh đạo duyệt.')).toBeVisible();
    // read-only for the leader: the figures as text
    expect(screen.queryByRole('button', { name: 'Lưu báo cáo' })).toBeNull();
    expect(screen.getByText('Cuộc đối thoại: 2 cuộc')).toBeVisible();
  });

  it('puts the reason of a returned report first, and says why an upload was refused', async () => {
    const returned: Report = {
      ...REPORT,
      state: 'RETURNED',
      returnReason: 'Bổ sung số cuộc đối thoại',
      sentOn: '2026-11-22',
      sentOnTime: true,
    };
    open(
      returned,
      route('POST', '/api/v1/reports/77/evidence/files', () =>
        json(
          {
            type: 'https://cchc.gov.vn/problems/payload-too-large',
            title: 'Tệp quá lớn',
            status: 413,
            errors: [{ field: 'file', message: 'Tệp “video.mp4” lớn hơn 10 MB.' }],
          },
          413,
        ),
      ),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Báo cáo bị trả lại')).toBeVisible();
    expect(within(alert).getByText('Bổ sung số cuộc đối thoại')).toBeVisible();
    expect(screen.getByText('Chấp nhận PDF, PNG, JPEG, DOCX, XLSX, PPTX, MP4; tối đa 10 MB mỗi tệp.')).toBeVisible();
    const input = screen.getByLabelText('Tệp đính kèm');
    await userEvent.upload(input, new File(['%PDF-1.4'], 'video.mp4', { type: 'video/mp4' }));
    await userEvent.click(screen.getByRole('button', { name: 'Tải tệp lên' }));
    expect(await screen.findByText('Tệp quá lớn (tối đa 10 MB). Tệp “video.mp4” lớn hơn 10 MB.')).toBeVisible();
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});
