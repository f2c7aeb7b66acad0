import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateUnitForm, RenameUnitForm, toMerger } from './UnitForms';
import { json, renderWithApp, route, stubFetch } from '../../../test/render';
import { VIET_TRI } from '../fixtures';

const userEvent = userEventLib.setup({ delay: null });

function item(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

describe('unit administration forms', () => {
  it('renames with If-Match (the unit version), the dd/MM/yyyy date as ISO and the legal basis', async () => {
    const { calls } = stubFetch(
      route('POST', '/api/v1/units/3/rename', () => json({ ...VIET_TRI, name: 'UBND phường Thanh Miếu', version: 2 })),
    );
    const onDone = vi.fn();
    renderWithApp(<RenameUnitForm unit={VIET_TRI} open onClose={vi.fn()} onDone={onDone} />);
    const name = screen.getByLabelText('Tên đơn vị');
    expect(name).toHaveValue('UBND phường Việt Trì');
    await userEvent.clear(name);
    await userEvent.type(name, 'UBND phường Thanh Miếu');
    const date = screen.getByLabelText('Ngày có hiệu lực');
    await userEvent.clear(date);
    await userEvent.type(date, '01/07/2025{Enter}');
    await userEvent.type(screen.getByLabelText('Căn cứ pháp lý (văn bản quyết định)'), 'Quyết định số 1234/QĐ-UBND');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.get('If-Match')).toBe('"1"');
    expect(await calls[0].json()).toEqual({
      name: 'UBND phường Thanh Miếu',
      shortName: 'Việt Trì',
      effectiveOn: '2025-07-01',
      legalBasis: 'Quyết định số 1234/QĐ-UBND',
    });
  });

  it("puts a 409 problem's field error (code already used) on the code field", async () => {
    stubFetch(
      route('POST', '/api/v1/units', () =>
        json(
          { status: 409, title: 'Mã đã được sử dụng', errors: [{ field: 'code', message: 'Mã PT-3 đã được đơn vị khác sử dụng.' }] },
          409,
        ),
      ),
    );
    const onDone = vi.fn();
    renderWithApp(<CreateUnitForm unit={VIET_TRI} open onClose={vi.fn()} onDone={onDone} />);
    await userEvent.click(screen.getByLabelText('Loại đơn vị'));
    await userEvent.click(await screen.findByTitle('Phòng, ban cấp xã'));
    await userEvent.type(screen.getByLabelText('Tên đơn vị'), 'Phòng Kinh tế');
    await userEvent.type(screen.getByLabelText('Mã trong hệ thống'), 'PT-3');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo đơn vị' }));
    expect(await within(item('Mã trong hệ thống')).findByText('Mã PT-3 đã được đơn vị khác sử dụng.')).toBeVisible();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('refuses a code with diacritics before sending', async () => {
    const { fetchMock } = stubFetch();
    renderWithApp(<CreateUnitForm unit={VIET_TRI} open onClose={vi.fn()} onDone={vi.fn()} />);
    await userEvent.type(screen.getByLabelText('Mã trong hệ thống'), 'PT-Việt');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo đơn vị' }));
    expect(
      await within(item('Mã trong hệ thống')).findByText('Mã chỉ gồm chữ không dấu, số, ".", "-", "_" và bắt đầu bằng chữ hoặc số.'),
    ).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('builds a merger into a new unit or into an existing one, this unit first', () => {
    const base = { others: [7, 3], effectiveOn: null, legalBasis: ' NQ 1676 ' };
    expect(toMerger(3, { ...base, mode: 'new', newUnit: { code: ' PT-X ', name: 'Phường X' } })).toMatchObject({
      predecessorIds: [3, 7],
      legalBasis: 'NQ 1676',
      newUnit: { code: 'PT-X', name: 'Phường X' },
      successorId: null,
    });
    expect(toMerger(3, { ...base, mode: 'existing', successorId: 9 })).toMatchObject({
      predecessorIds: [3, 7],
      successorId: 9,
      newUnit: null,
    });
  });
});
