import { screen, waitFor } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransitionDialog } from './TransitionDialog';
import { renderWithApp } from '../../test/render';

const userEvent = userEventLib.setup({ delay: null });

// Node's process (Vitest runs in it; the app's tsconfig has no Node types): an uncaught rejection lands here.
type Listener = (reason: unknown) => void;
const nodeProcess = (globalThis as unknown as { process: { on(e: string, f: Listener): void; off(e: string, f: Listener): void } }).process;

describe('TransitionDialog', () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    nodeProcess.on('unhandledRejection', record);
  });
  afterEach(() => {
    nodeProcess.off('unhandledRejection', record);
  });

  it('shows the field error for an empty reason, sends nothing and throws nothing', async () => {
    const onSubmit = vi.fn(async () => undefined);
    renderWithApp(<TransitionDialog open title="Trả lại báo cáo" label="Lý do" okText="Trả lại" onCancel={vi.fn()} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Lý do'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Trả lại' }));

    expect(await screen.findByText(/Vui lòng nhập lý do/)).toBeVisible();
    expect(screen.getByLabelText('Lý do')).toHaveAttribute('aria-invalid', 'true');
    // let a rejected promise surface, if there is one
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).toEqual([]);
    expect(onSubmit).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('dialog')).toBeVisible());
  });
});
