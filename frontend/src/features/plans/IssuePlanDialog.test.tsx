import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IssuePlanDialog, PLAN_NUMBER_PATTERN } from './IssuePlanDialog';
import { json, renderWithApp, route, stubFetch } from '../../test/render';

const userEvent = userEventLib.setup({ delay: null });

function item(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function fillValid(number: string) {
  await userEvent.type(screen.getByLabelText('Số hiệu'), number);
  const date = screen.getByLabelText('Ngày ban hành');
  await userEvent.click(date);
  await userEvent.type(date, '20/01/2026{Enter}');
  await userEvent.type(screen.getByLabelText('Họ và tên người ký'), 'Phạm Văn Nghiêm');
  await userEvent.type(screen.getByLabelText('Chức vụ người ký'), 'Phó Chủ tịch');
}

describe('IssuePlanDialog', () => {
  it('accepts numbers like 25/KH-UBND only', () => {
    for (const ok of ['25/KH-UBND', '19/KH-UBND', '7/KH-SNV', '120/KH-UBND.VX', '3/KH-SVHTT&DL'])
      expect(PLAN_NUMBER_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['/KH-UBND', 'KH-UBND', '25/', '25/kh-ubnd', '25 /KH-UBND', '25/KH UBND', '025/KH-UBND', '1234567/KH-UBND'])
      expect(PLAN_NUMBER_PATTERN.test(bad), bad).toBe(false);
  });

  it('shows the pattern message on the number field and sends nothing', async () => {
    const { fetchMock } = stubFetch();
    renderWithApp(<IssuePlanDialog planId={5} version={2} open onClose={vi.fn()} onIssued={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Số hiệu'), 'KH-UBND');
    await userEvent.click(screen.getByRole('button', { name: 'Ban hành' }));
    expect(await within(item('Số hiệu')).findByText('Số hiệu phải có dạng số/ký hiệu viết hoa, ví dụ 25/KH-UBND.')).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a 409 (number already used) on the number field', async () => {
    stubFetch(
      route('POST', '/api/v1/plans/5/issue', () =>
        json({ type: 'urn:cchc:duplicate-number', title: 'Số hiệu 19/KH-UBND đã được sử dụng trong năm 2026', status: 409 }, 409),
      ),
    );
    const onIssued = vi.fn();
    renderWithApp(<IssuePlanDialog planId={5} version={2} open onClose={vi.fn()} onIssued={onIssued} />);
    await fillValid('19/KH-UBND');
    fireEvent.click(screen.getByRole('button', { name: 'Ban hành' }));
    expect(await within(item('Số hiệu')).findByText('Số hiệu 19/KH-UBND đã được sử dụng trong năm 2026')).toBeVisible();
    expect(onIssued).not.toHaveBeenCalled();
  });

  it('sends dd/MM/yyyy dates as ISO and the effective date defaults to the issue date', async () => {
    const { calls } = stubFetch(
      route('POST', '/api/v1/plans/5/issue', async (r) => json({ id: 5, number: ((await r.clone().json()) as { number: string }).number })),
    );
    const onIssued = vi.fn();
    renderWithApp(<IssuePlanDialog planId={5} version={2} open onClose={vi.fn()} onIssued={onIssued} />);
    await fillValid('25/KH-UBND');
    expect(screen.getByLabelText('Ngày có hiệu lực')).toHaveValue('20/01/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Ban hành' }));
    await waitFor(() => expect(onIssued).toHaveBeenCalled());
    const body = await calls[0].json();
    expect(body).toEqual({
      number: '25/KH-UBND',
      issuedOn: '2026-01-20',
      effectiveOn: '2026-01-20',
      signerName: 'Phạm Văn Nghiêm',
      signerPosition: 'Phó Chủ tịch',
      signingCapacity: null,
    });
    expect(calls[0].headers.get('Accept-Language')).toBe('vi');
    expect(calls[0].headers.get('If-Match')).toBe('"2"');
  });
});
