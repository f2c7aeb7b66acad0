import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ADMIN_ME, bigTree, COORDINATOR_ME, PT_TREE } from './fixtures';
import OrganisationPage, { CHILD_PAGE } from './OrganisationPage';
import { setLang } from '../../i18n';
import { json, renderWithApp, route, stubFetch } from '../../test/render';

function stub(me = COORDINATOR_ME, tree = PT_TREE) {
  return stubFetch(
    route('GET', '/api/v1/me', () => json(me)),
    route('GET', '/api/v1/units/tree', () => json(tree)),
  );
}

const tree = () => screen.getByRole('navigation', { name: 'Cây đơn vị' });

describe('the organisation tree', () => {
  it('opens a small tree fully, shows official codes, links each unit to its page and closes or opens a unit by its button', async () => {
    stub();
    renderWithApp(<OrganisationPage />, { path: '/organisation', route: '/organisation' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổ chức' })).toBeVisible();
    expect(await screen.findByText('7 đơn vị')).toBeVisible();
    expect(within(tree()).getByRole('link', { name: 'UBND phường Việt Trì' })).toHaveAttribute('href', '/organisation/units/3');
    expect(within(tree()).getByText('07900')).toBeVisible();
    expect(within(tree()).getByText('25')).toBeVisible();
    // a coordinator does not load the national list
    expect(screen.queryByRole('link', { name: 'Nạp danh mục quốc gia' })).toBeNull();

    // a tree this small opens fully; a closed unit's children are not rendered
    expect(within(tree()).getByRole('link', { name: 'Thôn Đồng Xuân' })).toHaveAttribute('href', '/organisation/units/51');
    const close = within(tree()).getByRole('button', { name: 'Thu gọn các đơn vị trực thuộc UBND xã Hạ Hòa' });
    expect(close).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(close);
    expect(within(tree()).queryByText('Thôn Đồng Xuân')).toBeNull();
    expect(within(tree()).getByText('1 đơn vị trực thuộc')).toBeVisible();
    const open = within(tree()).getByRole('button', { name: 'Mở các đơn vị trực thuộc UBND xã Hạ Hòa' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(open);
    expect(within(tree()).getByRole('link', { name: 'Thôn Đồng Xuân' })).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Thu gọn tất cả' }));
    expect(within(tree()).queryByRole('link', { name: 'UBND phường Việt Trì' })).toBeNull();
    expect(within(tree()).getByRole('link', { name: 'UBND tỉnh Phú Thọ' })).toBeVisible();
  });

  it('filters without diacritics ("dong xuan" finds "Đồng Xuân"), opening the way to it, and keeps the filter in the URL', async () => {
    stub();
    const { router } = renderWithApp(<OrganisationPage />, { path: '/organisation', route: '/organisation' });
    await screen.findByText('7 đơn vị');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Lọc đơn vị' }), 'dong xuan');
    expect(await screen.findByText('Tìm thấy 1 đơn vị')).toBeVisible();
    expect(within(tree()).getByRole('link', { name: 'Thôn Đồng Xuân' })).toBeVisible();
    expect(within(tree()).getByRole('link', { name: 'UBND xã Hạ Hòa' })).toBeVisible();
    expect(within(tree()).queryByRole('link', { name: 'UBND phường Việt Trì' })).toBeNull();
    expect(router.state.location.search).toBe('?q=dong+xuan');

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Lọc đơn vị' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Lọc đơn vị' }), 'Hưng Yên');
    expect(await screen.findByText('Không có đơn vị nào phù hợp.')).toBeVisible();
  });

  // a few hundred rows take jsdom a while on a busy machine (a browser renders them at once)
  it('renders a tree of 3,301 units a page at a time, and bounds what a filter shows', { timeout: 150_000 }, async () => {
    stub(COORDINATOR_ME, bigTree(false));
    renderWithApp(<OrganisationPage />, { path: '/organisation', route: '/organisation?q=thu' });
    expect(await screen.findByText('Tìm thấy 3.300 đơn vị')).toBeVisible();
    expect(screen.getByText('Đang hiện 300 trên 3.301 đơn vị tìm thấy. Hãy gõ thêm để thu hẹp.')).toBeVisible();
    expect(document.querySelectorAll('.org-tree-item')).toHaveLength(300);

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Lọc đơn vị' }));
    expect(await screen.findByText('3.301 đơn vị', {}, { timeout: 15000 })).toBeVisible();
    // the province is open: its first communes and a button for the next ones
    await waitFor(() => expect(document.querySelectorAll('.org-tree-item')).toHaveLength(1 + CHILD_PAGE + 1));
    expect(screen.getByText('Hiện thêm 200 đơn vị trực thuộc UBND tỉnh Lớn')).toBeVisible();
  });

  it('offers the national loader to administrators, in English too', async () => {
    setLang('en');
    stub(ADMIN_ME);
    renderWithApp(<OrganisationPage />, { path: '/organisation', route: '/organisation' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Load the national list' })).toHaveAttribute('href', '/organisation/national-list');
    expect(screen.getByRole('button', { name: 'Hide the units under UBND xã Hạ Hòa' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('the organisation tree as of a day', () => {
  it('reads the tree of the day in the URL (asOf) and says which day it shows', async () => {
    const { calls } = stub(ADMIN_ME);
    renderWithApp(<OrganisationPage />, { path: '/organisation', route: '/organisation?asOf=2025-06-30' });
    expect(await screen.findByText('Cây tổ chức như tại ngày 30/06/2025.')).toBeVisible();
    expect(screen.getByLabelText('Xem cây tổ chức tại ngày')).toHaveValue('30/06/2025');
    await waitFor(() => expect(calls.some((c) => new URL(c.url).searchParams.get('asOf') === '2025-06-30')).toBe(true));
    // administrators add units and manage people from here
    expect(screen.getByRole('button', { name: 'Thêm đơn vị' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Người dùng' })).toHaveAttribute('href', '/organisation/people');
  });
});
