import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_ME, COORDINATOR_ME, PENDING_PROVINCE_ADMIN_ME, PROVINCE_ADMIN_ME, PROVINCES, PT_DIFF } from './fixtures';
import OrganisationPage from './OrganisationPage';
import ProvinceSetupPage from './ProvinceSetupPage';
import type { ProvinceSetup } from './types';
import { json, renderWithApp, route, stubFetch } from '../../test/render';

const PREVIEW: ProvinceSetup = {
  unit: null,
  code: 'PT',
  communes: { ...PT_DIFF, new: PT_DIFF.new.slice(0, 12), renamed: [], matchedByName: [], missing: [], unchanged: 0 },
};
const CREATED: ProvinceSetup = {
  ...PREVIEW,
  unit: { id: 77, code: 'PT', name: 'Tỉnh Phú Thọ', kind: 'PROVINCE' },
  communes: { ...PREVIEW.communes, dryRun: false, created: 12 },
};

const setups = (calls: Request[]) =>
  calls.filter((c) => new URL(c.url).pathname === '/api/v1/national-units/provinces/25/setup').map((c) => new URL(c.url).searchParams);

function render(me = PENDING_PROVINCE_ADMIN_ME) {
  let created = false;
  const stub = stubFetch(
    // once the province exists, the account administers it and may not set one up again
    route('GET', '/api/v1/me', () => json(created && me === PENDING_PROVINCE_ADMIN_ME ? PROVINCE_ADMIN_ME : me)),
    route('GET', '/api/v1/units/tree', () => json([])),
    route('GET', '/api/v1/national-units/provinces', () => json(PROVINCES)),
    route('POST', '/api/v1/national-units/provinces/25/setup', (req) => {
      created ||= new URL(req.url).searchParams.get('dryRun') === 'false';
      return json(created ? CREATED : PREVIEW);
    }),
  );
  renderWithApp(<ProvinceSetupPage />, { path: '/organisation/setup', route: '/organisation/setup' });
  return stub;
}

describe('creating a province from the national list', () => {
  it("lets the administrator of an empty installation preview their province, then create it with the account's code", async () => {
    const { calls } = render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tạo tỉnh từ danh mục quốc gia' })).toBeVisible();
    // a province administrator does not choose the code: their account names it
    expect(screen.queryByLabelText('Mã đơn vị trong hệ thống')).toBeNull();
    const preview = screen.getByRole('button', { name: 'Xem trước' });
    expect(preview).toBeDisabled();
    await userEvent.click(screen.getByRole('combobox', { name: 'Tỉnh, thành phố trong danh mục quốc gia' }));
    await userEvent.click(await screen.findByText('Tỉnh Phú Thọ (mã 25, 148 xã, phường)', { selector: '.ant-select-item-option-content' }));
    await userEvent.click(preview);

    expect(
      await screen.findByText('Bản xem trước, chưa có gì thay đổi: sẽ tạo Tỉnh Phú Thọ (mã đơn vị PT) và 12 xã, phường, đặc khu.'),
    ).toBeVisible();
    expect(setups(calls)).toHaveLength(1);
    expect(setups(calls)[0].get('dryRun')).toBe('true');
    expect(setups(calls)[0].has('unitCode')).toBe(false);
    expect(within(screen.getByRole('table', { name: 'Mới' })).getByText('Phường Nông Trang')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Tạo tỉnh và 12 xã, phường' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('Tạo Tỉnh Phú Thọ và 12 xã, phường?').length).toBeGreaterThan(0);
    expect(setups(calls)).toHaveLength(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tỉnh và 12 xã, phường' }));

    expect(await screen.findByText('Đã tạo Tỉnh Phú Thọ với 12 xã, phường, đặc khu.')).toBeVisible();
    expect(setups(calls)[1].get('dryRun')).toBe('false');
    expect(screen.getByRole('link', { name: 'Mở trang đơn vị' })).toHaveAttribute('href', '/organisation/units/77');
    // the account administers the province now: who they are is read again
    await waitFor(() => expect(calls.filter((c) => new URL(c.url).pathname === '/api/v1/me').length).toBeGreaterThan(1));
    expect(screen.getByText('Đã tạo Tỉnh Phú Thọ với 12 xã, phường, đặc khu.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Xem trước' })).toBeNull();
  });

  it('lets an admin name the unit code', async () => {
    const { calls } = render(ADMIN_ME);
    await userEvent.click(await screen.findByRole('combobox', { name: 'Tỉnh, thành phố trong danh mục quốc gia' }));
    await userEvent.click(await screen.findByText('Tỉnh Phú Thọ (mã 25, 148 xã, phường)', { selector: '.ant-select-item-option-content' }));
    expect(screen.getByLabelText('Mã đơn vị trong hệ thống')).toHaveAttribute('placeholder', 'VN-25');
    await userEvent.type(screen.getByLabelText('Mã đơn vị trong hệ thống'), 'PT');
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByText(/^Bản xem trước/);
    expect(setups(calls)[0].get('unitCode')).toBe('PT');
  });

  it('tells others that they may not, and offers nothing', async () => {
    render(COORDINATOR_ME);
    expect(
      await screen.findByText(
        'Chỉ quản trị viên, hoặc quản trị viên cấp tỉnh khi tỉnh của mình chưa có trong hệ thống, được tạo tỉnh từ danh mục quốc gia.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Xem trước' })).toBeNull();
  });

  it('starts an empty installation from the organisation page', async () => {
    stubFetch(
      route('GET', '/api/v1/me', () => json(PENDING_PROVINCE_ADMIN_ME)),
      route('GET', '/api/v1/units/tree', () => json([])),
    );
    renderWithApp(<OrganisationPage />, { path: '/organisation', route: '/organisation' });
    expect(await screen.findByText('Hệ thống chưa có đơn vị nào. Hãy bắt đầu bằng việc tạo tỉnh từ danh mục quốc gia.')).toBeVisible();
    const links = screen.getAllByRole('link', { name: 'Tạo tỉnh từ danh mục quốc gia' });
    expect(links.length).toBe(2);
    for (const l of links) expect(l).toHaveAttribute('href', '/organisation/setup');
    // not an administrator of anything yet
    expect(screen.queryByRole('button', { name: 'Thêm đơn vị' })).toBeNull();
  });
});
