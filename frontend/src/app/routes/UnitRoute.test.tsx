import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import UnitRoute from './UnitRoute';
import { COORDINATOR_ME, PROVINCE_ADMIN_ME, PT_TREE, VIET_TRI } from '../../features/organisation/fixtures';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import type { CurrentUser } from '../types';

const PLAN = {
  id: 5,
  kind: 'CCHC',
  year: 2026,
  title: 'Kế hoạch CCHC phường Việt Trì năm 2026',
  status: 'ISSUED',
  number: '30/KH-UBND',
  issuedOn: '2026-01-20',
  issuingUnit: { id: 3, code: 'PT-3', name: 'UBND phường Việt Trì', kind: 'COMMUNE' },
  updatedAt: '2026-01-20T08:00:00Z',
  version: 1,
};

function stub(me: CurrentUser = COORDINATOR_ME) {
  return stubFetch(
    route('GET', '/api/v1/me', () => json(me)),
    route('GET', '/api/v1/units/3', () => json(VIET_TRI)),
    route('GET', '/api/v1/units/999', () => json({ status: 404, title: 'Không tìm thấy' }, 404)),
    route('GET', '/api/v1/units/tree', () => json([PT_TREE[0].children[1]])),
    route('GET', '/api/v1/plans', () => json({ items: [PLAN], page: 0, size: 10, total: 1 })),
    route('GET', '/api/v1/tasks', () => json({ status: 404, title: 'Không tìm thấy' }, 404)),
    route('GET', '/api/v1/units/3/history', () =>
      json({ unit: VIET_TRI, validFrom: null, validTo: null, versions: [], predecessors: [], successors: [] }),
    ),
  );
}

describe("a unit's page", () => {
  it('shows where the unit sits, what it is, the units below it, and its plans in a tab', async () => {
    const { calls } = stub();
    const { router } = renderWithApp(<UnitRoute />, { path: '/organisation/units/:id', route: '/organisation/units/3' });
    expect(await screen.findByRole('heading', { level: 1, name: 'UBND phường Việt Trì' })).toBeVisible();
    const crumbs = screen.getByRole('navigation', { name: 'Vị trí trong cây tổ chức' });
    expect(within(crumbs).getByRole('link', { name: 'Tổ chức' })).toHaveAttribute('href', '/organisation');
    expect(within(crumbs).getByRole('link', { name: 'UBND tỉnh Phú Thọ' })).toHaveAttribute('href', '/organisation/units/1');
    expect(screen.getByText('07900')).toBeVisible();
    expect(screen.getByText('UBND xã, phường')).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Phòng Văn hóa – Xã hội' })).toHaveAttribute('href', '/organisation/units/31');
    expect(screen.getByText('1 đơn vị trực thuộc (tính cả các cấp dưới)')).toBeVisible();
    const tree = calls.find((c) => new URL(c.url).pathname === '/api/v1/units/tree')!;
    expect(new URL(tree.url).searchParams.get('rootId')).toBe('3');

    // the tabs a coordinator may read
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['Thông tin chung', 'Kế hoạch', 'Nhiệm vụ', 'Hạn xử lý', 'Báo cáo', 'Người dùng', 'Lịch sử']);
    // a coordinator administers nothing
    expect(screen.queryByRole('button', { name: 'Đổi tên' })).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: 'Kế hoạch' }));
    const table = await screen.findByRole('table', { name: 'Kế hoạch do đơn vị ban hành' });
    expect(await within(table).findByRole('link', { name: PLAN.title })).toHaveAttribute('href', '/plans/5');
    expect(within(table).getByText('20/01/2026')).toBeVisible();
    expect(within(table).getByText('Đã ban hành')).toBeVisible();
    const plans = calls.find((c) => new URL(c.url).pathname === '/api/v1/plans')!;
    expect(new URL(plans.url).searchParams.get('issuingUnitId')).toBe('3');
    expect(router.state.location.search).toBe('?tab=plans');
    expect(screen.getByRole('link', { name: 'Xem tất cả' })).toHaveAttribute('href', '/plans?unit=3');

    // a unit whose tasks lie outside the caller's scope (404) says so calmly
    await userEvent.click(screen.getByRole('tab', { name: 'Nhiệm vụ' }));
    expect(await screen.findByText('Mục này của đơn vị nằm ngoài phạm vi bạn được xem.')).toBeVisible();
  });

  it('shows a province administrator only what they may read', async () => {
    stub(PROVINCE_ADMIN_ME);
    renderWithApp(<UnitRoute />, { path: '/organisation/units/:id', route: '/organisation/units/3?tab=plans' });
    expect(await screen.findByRole('heading', { level: 1, name: 'UBND phường Việt Trì' })).toBeVisible();
    await waitFor(() =>
      expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Thông tin chung', 'Người dùng', 'Lịch sử']),
    );
    expect(screen.getByRole('tab', { name: 'Thông tin chung' })).toHaveAttribute('aria-selected', 'true');
    // their province's unit: the administration buttons
    expect(screen.getByRole('button', { name: 'Đổi tên' })).toBeVisible();
    expect(screen.getByRole('button', { name: /Thêm đơn vị trực thuộc/ })).toBeVisible();
  });

  it('answers an unknown unit with the not-found page', async () => {
    stub();
    renderWithApp(<UnitRoute />, { path: '/organisation/units/:id', route: '/organisation/units/999' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy đơn vị này.' })).toBeVisible();
  });
});
