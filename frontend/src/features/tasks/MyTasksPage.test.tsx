import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import MyTasksPage from './MyTasksPage';
import { setLang } from '../../i18n';
import { json, renderWithApp, route, stubFetch } from '../../test/render';
import { PT_VIETTRI, REFERENCE_LISTS, TASKS } from '../../test/tasks';

const VIETTRI_ME = {
  username: 'viettri.officer',
  displayName: 'Cán bộ Việt Trì',
  roles: ['officer'],
  unit: PT_VIETTRI,
  scopeUnit: PT_VIETTRI,
  permissions: { canCreatePlans: true },
};

const PLAN_REF = { id: 5, number: '25/KH-UBND', title: 'Thông tin, tuyên truyền cải cách hành chính tỉnh Phú Thọ năm 2026', year: 2026 };

const UNIT_TASKS = {
  items: [
    { task: TASKS[0], plan: PLAN_REF, role: 'LEAD', via: 'GROUP', group: 'ALL_LOCAL' },
    { task: TASKS[1], plan: PLAN_REF, role: 'LEAD', via: 'GROUP', group: 'COMMUNES' },
    { task: { ...TASKS[3], id: 301 }, plan: PLAN_REF, role: 'COOPERATING', via: 'DIRECT', group: null },
  ],
  page: 0,
  size: 20,
  total: 3,
};

function stub() {
  return stubFetch(
    route('GET', '/api/v1/me', () => json(VIETTRI_ME)),
    route('GET', '/api/v1/reference-lists', () => json(REFERENCE_LISTS)),
    route('GET', '/api/v1/units/tree', () => json([])),
    route('GET', '/api/v1/plans', () => json({ items: [], page: 0, size: 100, total: 0 })),
    route('GET', '/api/v1/tasks', () => json(UNIT_TASKS)),
  );
}

describe('My tasks', () => {
  it('shows each task with its role and how it reaches the unit', async () => {
    const { calls } = stub();
    renderWithApp(<MyTasksPage />, { path: '/tasks', route: '/tasks?role=LEAD' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Nhiệm vụ của tôi' })).toBeVisible();
    const rows = await waitFor(() => {
      const r = document.querySelectorAll('.ant-table-tbody tr.ant-table-row');
      expect(r).toHaveLength(3);
      return [...r] as HTMLElement[];
    });
    expect(within(rows[0]).getByText('Chủ trì')).toBeVisible();
    expect(within(rows[0]).getByText('Theo nhóm: Các cơ quan, đơn vị, địa phương')).toBeVisible();
    expect(within(rows[0]).getByText('I.1')).toBeVisible();
    expect(within(rows[1]).getByText('Theo nhóm: UBND cấp xã')).toBeVisible();
    expect(within(rows[2]).getByText('Phối hợp')).toBeVisible();
    expect(within(rows[2]).getByText('Trực tiếp')).toBeVisible();
    expect(within(rows[2]).getByText('II.2')).toBeVisible();
    // the content links to the task in its plan's appendix, the plan to the plan
    expect(within(rows[0]).getByRole('link', { name: /Thực hiện tuyên truyền/ })).toHaveAttribute('href', '/plans/5?tab=appendix#task-101');
    expect(within(rows[0]).getByRole('link', { name: /25\/KH-UBND/ })).toHaveAttribute('href', '/plans/5');
    expect(
      screen.getByText('Các nhiệm vụ giao cho UBND phường Việt Trì: đơn vị được ghi tên trực tiếp, hoặc thuộc nhóm đơn vị được giao.'),
    ).toBeVisible();
    // an officer sees their own unit's tasks: the filter from the URL goes along, no unitId
    const query = new URL(calls.find((c) => new URL(c.url).pathname === '/api/v1/tasks')!.url).searchParams;
    expect(query.get('role')).toBe('LEAD');
    expect(query.has('unitId')).toBe(false);
    expect(screen.queryByLabelText('Đơn vị')).toBeNull();
  });

  it('names roles and groups in English after the switch', async () => {
    setLang('en');
    stub();
    renderWithApp(<MyTasksPage />, { path: '/tasks', route: '/tasks' });
    expect(await screen.findByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
    expect((await screen.findAllByText('Lead')).length).toBeGreaterThan(0);
    expect(screen.getByText('Directly')).toBeVisible();
    // the group label comes from the reference list (here the fixture's, as the server would send it)
    expect(screen.getByText('Through the group: UBND cấp xã')).toBeVisible();
  });

  it('shows the empty state', async () => {
    stubFetch(
      route('GET', '/api/v1/me', () => json(VIETTRI_ME)),
      route('GET', '/api/v1/reference-lists', () => json(REFERENCE_LISTS)),
      route('GET', '/api/v1/units/tree', () => json([])),
      route('GET', '/api/v1/plans', () => json({ items: [], page: 0, size: 100, total: 0 })),
      route('GET', '/api/v1/tasks', () => json({ items: [], page: 0, size: 20, total: 0 })),
    );
    renderWithApp(<MyTasksPage />, { path: '/tasks', route: '/tasks' });
    expect(await screen.findByText('Không có nhiệm vụ nào giao cho đơn vị phù hợp với bộ lọc.')).toBeVisible();
  });

  it('takes the plan filter as ?planId=, like the Deadlines page, and still reads the older ?plan=', async () => {
    for (const search of ['?planId=5', '?plan=5']) {
      const { calls } = stub();
      const { unmount } = renderWithApp(<MyTasksPage />, { path: '/tasks', route: `/tasks${search}` });
      await waitFor(() => {
        const asked = calls.map((c) => new URL(c.url)).filter((u) => u.pathname === '/api/v1/tasks');
        expect(
          asked.map((u) => u.searchParams.get('planId')),
          search,
        ).toContain('5');
      });
      unmount();
    }
  });
});
