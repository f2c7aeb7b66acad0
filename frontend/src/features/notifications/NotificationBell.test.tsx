import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { badgeText, NotificationBell } from './NotificationBell';
import NotificationsPage from './NotificationsPage';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { PT_VIETTRI } from '../../test/tasks';

const userEvent = userEventLib.setup({ delay: null });
const ME = {
  username: 'viettri.officer',
  displayName: 'Cán bộ Việt Trì',
  roles: ['officer'],
  unit: PT_VIETTRI,
  scopeUnit: PT_VIETTRI,
  permissions: { canCreatePlans: true },
};

const SOON = {
  id: 8,
  kind: 'DEADLINE_DUE_SOON',
  title: 'Báo cáo Quý I/2026 của kế hoạch 25/KH-UBND: hạn 10/03/2026, còn 2 ngày làm việc',
  body: null,
  link: '/deadlines?planId=7',
  createdAt: '2026-03-06T00:00:00Z',
  read: false,
};
const LATE = {
  ...SOON,
  id: 9,
  kind: 'DEADLINE_OVERDUE',
  title: 'Nhiệm vụ I.1: quá hạn từ 28/02/2026',
  createdAt: '2026-03-02T00:00:00Z',
  read: true,
};

describe('the notification bell', () => {
  it('says how many notices are unread, lists the latest and marks them read', async () => {
    let unread = 3;
    const { calls } = stubFetch(
      route('GET', '/api/v1/me', () => json(ME)),
      route('GET', '/api/v1/notifications', () =>
        json({ items: unread ? [SOON, LATE] : [{ ...SOON, read: true }, LATE], page: 0, size: 8, total: 2, unread }),
      ),
      route('POST', '/api/v1/notifications/8/read', () => {
        unread = 2;
        return new Response(null, { status: 204 });
      }),
      route('POST', '/api/v1/notifications/read-all', () => {
        unread = 0;
        return new Response(null, { status: 204 });
      }),
    );
    renderWithApp(<NotificationBell />);

    const bell = await screen.findByRole('button', { name: 'Thông báo: 3 chưa đọc' });
    expect(bell).toHaveTextContent('3');
    expect(bell).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(bell);
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Thông báo mới nhất')).toBeVisible();
    const items = within(panel).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Sắp đến hạn')).toBeVisible();
    expect(within(items[0]).getByText('Chưa đọc')).toBeVisible();
    expect(within(items[0]).getByRole('link', { name: SOON.title })).toHaveAttribute('href', '/deadlines?planId=7');
    expect(within(items[0]).getByText('06/03/2026 07:00')).toBeVisible();
    expect(within(items[1]).getByText('Quá hạn')).toBeVisible();
    expect(within(items[1]).queryByRole('button', { name: /Đánh dấu đã đọc/ })).toBeNull();

    await userEvent.click(within(items[0]).getByRole('button', { name: /Đánh dấu đã đọc/ }));
    expect(await screen.findByRole('button', { name: 'Thông báo: 2 chưa đọc' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(await screen.findByRole('button', { name: 'Thông báo' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => new URL(c.url).pathname)).toEqual([
      '/api/v1/notifications/8/read',
      '/api/v1/notifications/read-all',
    ]);
  });

  it('is not shown to an account without a unit', async () => {
    const { calls } = stubFetch(route('GET', '/api/v1/me', () => json({ ...ME, roles: ['admin'], unit: null, scopeUnit: null })));
    renderWithApp(<NotificationBell />);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.queryByRole('button', { name: /Thông báo/ })).toBeNull();
  });

  it('writes large counts briefly', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });
});

describe('the notifications page', () => {
  it('filters unread notices through the URL and pages', async () => {
    const { calls } = stubFetch(
      route('GET', '/api/v1/me', () => json(ME)),
      route('GET', '/api/v1/notifications', () => json({ items: [SOON], page: 1, size: 20, total: 21, unread: 1 })),
    );
    renderWithApp(<NotificationsPage />, { path: '/notifications', route: '/notifications?unread=1&page=2' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
    expect(await screen.findByText('1 thông báo chưa đọc')).toBeVisible();
    expect(screen.getByRole('list', { name: 'Danh sách thông báo' })).toBeVisible();
    expect(screen.getByText('21–21 trên 21 thông báo')).toBeVisible();
    const query = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/notifications')!.url).searchParams;
    expect([query.get('unread'), query.get('page'), query.get('size')]).toEqual(['true', '1', '20']);
  });
});
