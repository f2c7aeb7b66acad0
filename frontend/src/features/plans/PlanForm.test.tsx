import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyFormValues, planToFormValues } from './formValues';
import { PlanForm } from './PlanForm';
import type { Plan, PlanInput } from '../../app/types';
import { ApiError } from '../../components/problem';
import { COORDINATOR_ME, json, renderWithApp, route, stubFetch, UNIT_TREE } from '../../test/render';

const userEvent = userEventLib.setup({ delay: null });

const PLAN: Plan = {
  id: 7,
  kind: 'COMMUNICATION',
  year: 2026,
  title: 'Tuyên truyền cải cách hành chính tỉnh Hưng Yên năm 2026',
  status: 'DRAFT',
  issuingUnit: { id: 1, code: 'HY', name: 'UBND tỉnh Hưng Yên', kind: 'PROVINCE' },
  place: 'Hưng Yên',
  parentPlan: null,
  legalBases: ['Kế hoạch số 138/KH-UBND ngày 19/12/2025'],
  sections: {
    purpose: 'Nâng cao nhận thức',
    requirements: null,
    content: null,
    forms: null,
    audiences: null,
    budget: null,
    organisation: null,
  },
  recipients: ['Bộ Nội vụ', 'Các sở, ban, ngành', 'UBND các xã, phường'],
  implementingPlanDays: 15,
  number: null,
  issuedOn: null,
  effectiveOn: null,
  signerName: null,
  signerPosition: null,
  signingCapacity: null,
  closedAt: null,
  createdAt: '2026-01-02T01:00:00Z',
  updatedAt: '2026-01-02T01:00:00Z',
  version: 3,
  permissions: { canEdit: true, canDelete: true, canIssue: true, canClose: false },
};

function fieldItem(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('PlanForm', () => {
  it('shows each server 400 field error on its own field and the rest in an alert', async () => {
    stubFetch(
      route('GET', '/api/v1/me', () => json(COORDINATOR_ME)),
      route('GET', '/api/v1/units/tree', () => json(UNIT_TREE)),
    );
    const onSubmit = vi.fn(async (_: PlanInput): Promise<Plan> => {
      throw new ApiError({
        type: 'urn:cchc:validation',
        title: 'Dữ liệu không hợp lệ',
        status: 400,
        errors: [
          { field: 'title', message: 'Tên kế hoạch đã tồn tại trong năm' },
          { field: 'recipients[1]', message: 'Nơi nhận không được trùng' },
          { field: 'sections.purpose', message: 'Mục đích quá ngắn' },
          { field: 'somethingUnknown', message: 'Lỗi không gắn với trường nào' },
        ],
      });
    });
    renderWithApp(
      <PlanForm mode="edit" plan={PLAN} initialValues={planToFormValues(PLAN)} onSubmit={onSubmit} onSaved={vi.fn()} onCancel={vi.fn()} />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    await waitFor(
      () => {
        const errs = [...document.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent);
        expect(onSubmit, JSON.stringify(errs)).toHaveBeenCalledTimes(1);
      },
      { timeout: 4000 },
    );
    const titleItem = fieldItem('Tên kế hoạch');
    expect(await within(titleItem).findByText('Tên kế hoạch đã tồn tại trong năm')).toBeVisible();
    expect(screen.getByLabelText('Tên kế hoạch')).toHaveAttribute('aria-invalid', 'true');

    // recipients[1] is the second recipient, not the first or the third.
    expect(within(fieldItem('Nơi nhận 2')).getByText('Nơi nhận không được trùng')).toBeVisible();
    expect(within(fieldItem('Nơi nhận 1')).queryByText('Nơi nhận không được trùng')).toBeNull();
    expect(within(fieldItem('Nơi nhận 3')).queryByText('Nơi nhận không được trùng')).toBeNull();

    expect(within(fieldItem('Mục đích')).getByText('Mục đích quá ngắn')).toBeVisible();

    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('Dữ liệu không hợp lệ'))!;
    expect(alert).toHaveTextContent('Lỗi không gắn với trường nào');
    expect(alert).not.toHaveTextContent('Tên kế hoạch đã tồn tại trong năm');
  });

  it('sends the trimmed input and checks required fields first', async () => {
    stubFetch(
      route('GET', '/api/v1/me', () => json(COORDINATOR_ME)),
      route('GET', '/api/v1/units/tree', () => json(UNIT_TREE)),
    );
    const onSubmit = vi.fn(async (input: PlanInput) => ({ ...PLAN, id: 99, title: input.title }));
    const onSaved = vi.fn();
    renderWithApp(
      <PlanForm
        mode="create"
        initialValues={emptyFormValues({ issuingUnitId: 2, year: 2026 })}
        onSubmit={onSubmit}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Tạo dự thảo' }));
    expect(await within(fieldItem('Tên kế hoạch')).findByText('Vui lòng nhập tên kế hoạch.')).toBeVisible();
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('Tên kế hoạch'), '  Kế hoạch kiểm tra CCHC năm 2026  ');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm nơi nhận' }));
    await userEvent.type(screen.getByLabelText('Nơi nhận 1'), 'Sở Nội vụ');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo dự thảo' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      kind: 'CCHC',
      year: 2026,
      title: 'Kế hoạch kiểm tra CCHC năm 2026',
      issuingUnitId: 2,
      place: null,
      recipients: ['Sở Nội vụ'],
      legalBases: [],
    });
  });

  it('offers a reload when the server answers 412 (someone else changed the plan)', async () => {
    stubFetch(
      route('GET', '/api/v1/me', () => json(COORDINATOR_ME)),
      route('GET', '/api/v1/units/tree', () => json(UNIT_TREE)),
    );
    const onReload = vi.fn();
    renderWithApp(
      <PlanForm
        mode="edit"
        plan={PLAN}
        initialValues={planToFormValues(PLAN)}
        onSubmit={async () => {
          throw new ApiError({ status: 412, title: 'Precondition failed' });
        }}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
        onReload={onReload}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(await screen.findByText('Kế hoạch đã được người khác thay đổi')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('shows the issuing unit by name, never its raw id while the unit list loads', async () => {
    let release: () => void = () => {};
    const treeLoaded = new Promise<void>((resolve) => (release = resolve));
    stubFetch(
      route('GET', '/api/v1/me', () => json(COORDINATOR_ME)),
      route('GET', '/api/v1/units/tree', async () => {
        await treeLoaded;
        return json(UNIT_TREE);
      }),
    );
    renderWithApp(
      <PlanForm
        mode="create"
        initialValues={emptyFormValues({ issuingUnitId: 2 })}
        onSubmit={vi.fn()}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const unitItem = () => fieldItem('Đơn vị ban hành');
    // the current user has arrived, the tree has not: the box shows no "2"
    await waitFor(() => expect(document.querySelector('.ant-select-loading')).not.toBeNull());
    expect(unitItem().querySelector('.ant-select-content-value, .ant-select-selection-item')?.textContent ?? '').not.toBe('2');
    expect(within(unitItem()).queryByText('2')).toBeNull();

    release();
    expect(await within(unitItem()).findByText('Sở Nội vụ Hưng Yên')).toBeVisible();
  });
});
