import { fireEvent, screen, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UnitImportDialog } from './UnitImportDialog';
import { json, renderWithApp, route, stubFetch } from '../../../test/render';
import { VIET_TRI } from '../fixtures';

const userEvent = userEventLib.setup({ delay: null });
const PARENT = { id: 3, code: 'PT-3', name: 'UBND phường Việt Trì', kind: 'COMMUNE' };

describe('importing child units', () => {
  it('sends the pasted table raw as a dry run and shows rows and problems; no import while problems remain', async () => {
    const { calls } = stubFetch(
      route('POST', '/api/v1/units/3/children/import', () =>
        json({
          parent: PARENT,
          dryRun: true,
          created: 0,
          existing: 1,
          units: [
            {
              row: 2,
              name: 'Phòng Kinh tế',
              kind: 'COMMUNE_DIVISION',
              code: 'PT-3-PKT',
              status: 'NEW',
              notes: ['Mã được tạo tự động'],
              kindInferred: true,
              codeGenerated: true,
              coordinating: false,
            },
            {
              row: 3,
              name: 'Hợp tác xã',
              kind: null,
              code: null,
              status: 'INVALID',
              notes: [],
              kindInferred: false,
              codeGenerated: false,
              coordinating: false,
            },
          ],
          problems: [
            { row: 3, column: 'kind', text: 'Hợp tác xã', code: 'KIND_NOT_INFERRED', message: 'Không xác định được loại đơn vị.' },
          ],
        }),
      ),
    );
    renderWithApp(<UnitImportDialog unit={VIET_TRI} open onClose={vi.fn()} />);
    const table = 'Tên đơn vị\tLoại\nPhòng Kinh tế\t\nHợp tác xã\t';
    fireEvent.change(screen.getByLabelText('Dán bảng'), { target: { value: table } });
    await userEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    const problems = await screen.findByRole('table', { name: 'Các lỗi theo dòng và cột' });
    expect(within(problems).getByText('Không xác định được loại đơn vị.')).toBeVisible();
    expect(within(problems).getByText('Loại')).toBeVisible();
    const rows = screen.getByRole('table', { name: 'Xem trước các dòng của bảng' });
    expect(within(rows).getByText('Mới')).toBeVisible();
    expect(within(rows).getByText('Có lỗi')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Nhập 1 đơn vị mới' })).toBeDisabled();
    expect(calls).toHaveLength(1);
    expect(new URL(calls[0].url).searchParams.get('dryRun')).toBe('true');
    expect(calls[0].headers.get('Content-Type')).toContain('text/tab-separated-values');
    expect(await calls[0].text()).toBe(table);
  });
});
