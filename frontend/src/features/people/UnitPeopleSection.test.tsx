import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Person } from './api';
import { UnitPeopleSection } from './UnitPeopleSection';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { COORDINATOR_ME, PROVINCE_ADMIN_ME, VIET_TRI } from '../organisation/fixtures';

const userEvent = userEventLib.setup({ delay: null });

const HUONG: Person = {
  id: 'u-1',
  username: 'viettri.officer',
  familyName: 'Nguyễn Thị',
  givenName: 'Hương',
  email: 'huong@example.com',
  enabled: true,
  role: 'officer',
  unitId: 3,
  unitCode: 'PT-3',
  unitName: 'UBND phường Việt Trì',
};

describe("a unit's people", () => {
  it('gives a temporary password once, with a warning and a copy button', async () => {
    let issued = 0;
    stubFetch(
      route('GET', '/api/v1/me', () => json(PROVINCE_ADMIN_ME)),
      route('GET', '/api/v1/units/3/people', () => json([HUONG])),
      route('POST', '/api/v1/people/u-1/temporary-password', () => {
        issued++;
        return json({ password: 'Xk7-pQ2m-Rt9w', temporary: true });
      }),
    );
    renderWithApp(<UnitPeopleSection unit={VIET_TRI} administer />);
    const table = await screen.findByRole('table', { name: 'Tài khoản của đơn vị' });
    expect(await within(table).findByText('viettri.officer')).toBeVisible();
    expect(within(table).getByText('Nguyễn Thị Hương')).toBeVisible();
    expect(within(table).getByText('Chuyên viên')).toBeVisible();
    await userEvent.click(within(table).getByRole('button', { name: 'Thao tác với viettri.officer' }));
    await userEvent.click(await screen.findByText('Cấp mật khẩu tạm'));
    await userEvent.click(await screen.findByRole('button', { name: 'Cấp mật khẩu tạm' }));
    await waitFor(() => expect(issued).toBe(1));
    const dialog = (await screen.findByText('Mật khẩu tạm của viettri.officer')).closest('[role="dialog"]') as HTMLElement;
    await waitFor(() => expect(within(dialog).getByText('Xk7-pQ2m-Rt9w')).toBeVisible());
    expect(within(dialog).getByText(/chỉ hiện một lần/)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Sao chép mật khẩu' })).toBeVisible();
    await userEvent.click(within(dialog).getAllByRole('button', { name: 'Đóng' }).at(-1)!);
    await waitFor(() => expect(screen.queryByText('Xk7-pQ2m-Rt9w')).toBeNull());
    expect(issued).toBe(1);
  });

  it('puts a 409 (login taken) on the login field and sends the unit of the page', async () => {
    let sent: unknown = null;
    stubFetch(
      route('GET', '/api/v1/me', () => json(PROVINCE_ADMIN_ME)),
      route('GET', '/api/v1/units/3/people', () => json([])),
      route('POST', '/api/v1/people', async (r) => {
        sent = await r.json();
        return json({ status: 409, title: 'Đã có', errors: [{ field: 'username', message: 'Tên đăng nhập đã được sử dụng.' }] }, 409);
      }),
    );
    renderWithApp(<UnitPeopleSection unit={VIET_TRI} administer />);
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm tài khoản' }));
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'viettri.officer');
    await userEvent.type(screen.getByLabelText('Họ và tên đệm'), 'Nguyễn Thị');
    await userEvent.type(screen.getByLabelText('Tên'), 'Hương');
    await userEvent.type(screen.getByLabelText('E-mail'), 'huong@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));
    const field = screen.getByLabelText('Tên đăng nhập').closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('Tên đăng nhập đã được sử dụng.')).toBeVisible();
    expect(sent).toMatchObject({ username: 'viettri.officer', unitId: 3, role: 'officer', familyName: 'Nguyễn Thị', givenName: 'Hương' });
  });

  it('says calmly when the unit is outside the caller’s scope', async () => {
    stubFetch(
      route('GET', '/api/v1/me', () => json(COORDINATOR_ME)),
      route('GET', '/api/v1/units/3/people', () => json({ status: 404, title: 'Không tìm thấy' }, 404)),
    );
    renderWithApp(<UnitPeopleSection unit={VIET_TRI} administer={false} />);
    expect(await screen.findByText('Danh sách người dùng của đơn vị này nằm ngoài phạm vi bạn được xem.')).toBeVisible();
  });
});
