import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_ME, COORDINATOR_ME, PROVINCES, PT_DIFF, PT_TREE } from './fixtures';
import NationalLoaderPage from './NationalLoaderPage';
import { json, renderWithApp, route, stubFetch } from '../../test/render';

function stub(me = ADMIN_ME) {
  return stubFetch(
    route('GET', '/api/v1/me', () => json(me)),
    route('GET', '/api/v1/units/tree', () => json(PT_TREE)),
    route('GET', '/api/v1/national-units/provinces', () => json(PROVINCES)),
    route('POST', '/api/v1/units/1/national-communes', (req) =>
      new URL(req.url).searchParams.get('dryRun') === 'false' ? json({ ...PT_DIFF, dryRun: false, created: 144 }) : json(PT_DIFF),
    ),
  );
}

const loads = (calls: Request[]) =>
  calls.filter((c) => new URL(c.url).pathname === '/api/v1/units/1/national-communes').map((c) => new URL(c.url).searchParams);

describe('the national-list loader', () => {
  it('previews the difference for the chosen province, then loads the new communes once confirmed', async () => {
    const { calls } = stub();
    renderWithApp(<NationalLoaderPage />, { path: '/organisation/national-list', route: '/organisation/national-list' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nạp xã, phường từ danh mục quốc gia' })).toBeVisible();
    const preview = screen.getByRole('button', { name: 'Xem trước' });
    expect(preview).toBeDisabled();

    await userEvent.click(screen.getByRole('combobox', { name: 'Đơn vị cấp tỉnh trong cây tổ chức' }));
    await userEvent.click(await screen.findByText('UBND tỉnh Phú Thọ (25)', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(preview);

    const diff = await screen.findByRole('region', { name: 'Khác biệt giữa danh mục quốc gia (Tỉnh Phú Thọ, mã 25) và cây tổ chức' });
    expect(loads(calls)[0].get('dryRun')).toBe('true');
    expect(loads(calls)[0].has('provinceCode')).toBe(false);
    expect(screen.getByText('Đây là bản xem trước: chưa có gì thay đổi.')).toBeVisible();
    const stat = (title: string) => within(diff).getByText(title).closest('.ant-statistic')!;
    expect(stat('Trong danh mục')).toHaveTextContent('148');
    expect(stat('Khác tên')).toHaveTextContent('1');
    expect(stat('Đã khớp')).toHaveTextContent('1');

    // the new communes, ten to a page; the suggestions name the unit in the tree and the official spelling
    const news = within(diff).getByRole('table', { name: 'Mới' });
    expect(within(news).getByText('Phường Nông Trang')).toBeVisible();
    expect(news.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(10);
    await userEvent.click(within(diff).getByRole('button', { name: 'Trùng tên (gợi ý) (1)' }));
    const matches = await within(diff).findByRole('table', { name: 'Trùng tên (gợi ý)' });
    expect(within(matches).getByRole('link', { name: 'UBND xã Hạ Hòa' })).toHaveAttribute('href', '/organisation/units/5');
    expect(within(matches).getByText('Xã Hạ Hoà')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Nạp 144 đơn vị mới' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Nạp 144 xã, phường vào UBND tỉnh Phú Thọ?').length).toBeGreaterThan(0);
    expect(loads(calls)).toHaveLength(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nạp 144 đơn vị mới' }));
    expect(await screen.findByText('Đã nạp 144 đơn vị mới vào UBND tỉnh Phú Thọ.')).toBeVisible();
    expect(loads(calls)[1].get('dryRun')).toBe('false');
    // the tree is read again after a real load
    await waitFor(() => expect(calls.filter((c) => new URL(c.url).pathname === '/api/v1/units/tree').length).toBeGreaterThan(1));
  });

  it('names the national province when asked, and shows the problem the server answers', async () => {
    const { calls } = stubFetch(
      route('GET', '/api/v1/me', () => json(ADMIN_ME)),
      route('GET', '/api/v1/units/tree', () => json(PT_TREE)),
      route('GET', '/api/v1/national-units/provinces', () => json(PROVINCES)),
      route('POST', '/api/v1/units/1/national-communes', () =>
        json({ status: 400, title: 'Không xác định được tỉnh', errors: [{ field: 'provinceCode', message: 'Hãy chọn tỉnh.' }] }, 400),
      ),
    );
    renderWithApp(<NationalLoaderPage />, { path: '/organisation/national-list', route: '/organisation/national-list' });
    await userEvent.click(await screen.findByRole('combobox', { name: 'Đơn vị cấp tỉnh trong cây tổ chức' }));
    await userEvent.click(await screen.findByText('UBND tỉnh Phú Thọ (25)', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Tỉnh, thành phố trong danh mục quốc gia' }));
    await userEvent.click(
      await screen.findByText('Tỉnh Tuyên Quang (mã 08, 124 xã, phường)', { selector: '.ant-select-item-option-content' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect(await screen.findByText('Không xác định được tỉnh')).toBeVisible();
    expect(screen.getByText(/Hãy chọn tỉnh\./)).toBeVisible();
    expect(loads(calls)[0].get('provinceCode')).toBe('08');
  });

  it('tells anyone but an administrator that they may not load it', async () => {
    stub(COORDINATOR_ME);
    renderWithApp(<NationalLoaderPage />, { path: '/organisation/national-list', route: '/organisation/national-list' });
    expect(
      await screen.findByText('Chỉ quản trị viên (và quản trị viên cấp tỉnh, cho tỉnh của mình) được nạp danh mục quốc gia.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Xem trước' })).toBeNull();
  });
});
