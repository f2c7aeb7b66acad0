import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppendixSection } from './AppendixSection';
import { moveWithinSection } from './sections';
import { json, renderWithApp, route, stubFetch } from '../../../test/render';
import { PT_PLAN, REFERENCE_LISTS, TASKS, taskPage } from '../../../test/tasks';

const userEvent = userEventLib.setup({ delay: null });

function stubAppendix() {
  return stubFetch(
    route('GET', '/api/v1/plans/5/tasks', () => json(taskPage(TASKS))),
    route('GET', '/api/v1/reference-lists', () => json(REFERENCE_LISTS)),
  );
}

describe('the appendix', () => {
  it('shows one header row per section and groups as tags, unknown names with a warning', async () => {
    stubAppendix();
    renderWithApp(<AppendixSection plan={{ ...PT_PLAN, permissions: { ...PT_PLAN.permissions, canEdit: false } }} />, {
      path: '/plans/:id',
      route: '/plans/5',
    });

    const sectionI = await screen.findByRole('rowheader', {
      name: 'I. Đối với các nhiệm vụ tuyên truyền tại các cơ quan, đơn vị, địa phương',
    });
    const sectionII = screen.getByRole('rowheader', { name: 'II. Đối với nhiệm vụ tuyên truyền cấp tỉnh' });
    expect(sectionI).toHaveAttribute('colspan', '6');
    // each section's tasks sit in its own row group, below its header
    const groupI = sectionI.closest('tbody') as HTMLElement;
    const groupII = sectionII.closest('tbody') as HTMLElement;
    expect(within(groupI).getAllByRole('row')).toHaveLength(1 + 2);
    expect(within(groupII).getAllByRole('row')).toHaveLength(1 + 3);

    // I.2 falls on two groups: both are tags with the reference list's label
    const i2 = within(groupI).getAllByRole('row')[2];
    expect(within(i2).getByText('2')).toBeVisible();
    expect(within(i2).getByText('Các Sở, ban, ngành').closest('.ant-tag')).not.toBeNull();
    expect(within(i2).getByText('UBND cấp xã').closest('.ant-tag')).not.toBeNull();

    // II.1: a unit, a name that matched no unit, the structured timeframe, the budget in VND
    const ii1 = within(groupII).getAllByRole('row')[1];
    expect(within(ii1).getByText('Sở Nội vụ tỉnh Phú Thọ')).toBeVisible();
    const unknown = within(ii1).getByText('Ban Quản lý dự án vũ trụ').closest('.assignment-unresolved') as HTMLElement;
    expect(unknown).toHaveTextContent('(không xác định được đơn vị)');
    expect(within(ii1).getByText('Quý II, III năm 2026')).toBeVisible();
    expect(within(ii1).getByText('Quý II, III (01/04–30/09/2026)')).toBeVisible();
    expect(within(ii1).getByText('Kinh phí: 50.000.000 đ')).toBeVisible();

    // multi-line content keeps its lines; a read-only appendix has no edit buttons
    const content = screen.getByText(/Hướng dẫn công tác thông tin, tuyên truyền/);
    expect(content).toHaveClass('multiline');
    expect(content.textContent).toBe('- Hướng dẫn công tác thông tin, tuyên truyền\n- Tăng cường công tác thông tin');
    expect(screen.queryByRole('button', { name: /Sửa nhiệm vụ/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Tải Excel/ })).toBeEnabled();
  });

  it('the move buttons send every task id once, in the new order', async () => {
    let current = TASKS;
    const { calls } = stubFetch(
      route('GET', '/api/v1/plans/5/tasks', () => json(taskPage(current))),
      route('GET', '/api/v1/reference-lists', () => json(REFERENCE_LISTS)),
      route('PUT', '/api/v1/plans/5/tasks/order', async (r) => {
        const { taskIds } = (await r.clone().json()) as { taskIds: number[] };
        current = taskIds.map((id) => TASKS.find((t) => t.id === id)!);
        return json(taskPage(current));
      }),
    );
    renderWithApp(<AppendixSection plan={PT_PLAN} />, { path: '/plans/:id', route: '/plans/5' });

    // the first task of a section cannot go up, the last cannot go down: sections stay whole
    expect(await screen.findByRole('button', { name: 'Chuyển nhiệm vụ II.1 lên' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Chuyển nhiệm vụ I.2 xuống' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Chuyển nhiệm vụ II.1 xuống' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(await put.json()).toEqual({ taskIds: [101, 102, 202, 201, 203] });

    await userEvent.click(screen.getByRole('button', { name: 'Chuyển nhiệm vụ I.2 lên' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const second = calls.filter((c) => c.method === 'PUT')[1];
    // from the order the server answered the first time
    expect(await second.json()).toEqual({ taskIds: [102, 101, 202, 201, 203] });
  });

  it('moveWithinSection swaps neighbours of one section only', () => {
    expect(moveWithinSection(TASKS, 203, -1)).toEqual([101, 102, 201, 203, 202]);
    expect(moveWithinSection(TASKS, 201, -1)).toBeNull();
    expect(moveWithinSection(TASKS, 102, 1)).toBeNull();
  });
});
