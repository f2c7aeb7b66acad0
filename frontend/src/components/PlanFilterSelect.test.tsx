import { render, screen } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlanFilterSelect, planLabel } from './PlanFilterSelect';

const userEvent = userEventLib.setup({ delay: null });

const plans = [
  { id: 1, number: '19/KH-UBND', title: 'Nâng cao hiệu quả quản trị và hành chính công tỉnh Hưng Yên năm 2026' },
  { id: 2, number: '101/KH-UBND', title: 'Thông tin, tuyên truyền cải cách hành chính tỉnh Phú Thọ năm 2026' },
  { id: 3, number: null, title: 'Đề án đối thoại với người dân' },
];

describe('PlanFilterSelect', () => {
  it('names a plan by number and title, a draft by its title alone', () => {
    expect(planLabel(plans[0])).toBe('19/KH-UBND – Nâng cao hiệu quả quản trị và hành chính công tỉnh Hưng Yên năm 2026');
    expect(planLabel(plans[2])).toBe('Đề án đối thoại với người dân');
  });

  it('finds a plan typed without diacritics ("d" for "đ") and reports the picked id', async () => {
    const onChange = vi.fn();
    render(
      <>
        <label htmlFor="plan-filter">Kế hoạch</label>
        <PlanFilterSelect id="plan-filter" plans={plans} value={undefined} onChange={onChange} placeholder="Tất cả" />
      </>,
    );
    await userEvent.type(screen.getByLabelText('Kế hoạch'), 'de an doi thoai');
    const shown = () => [...document.querySelectorAll('.ant-select-item-option-content')].map((o) => o.textContent);
    await screen.findByText('Đề án đối thoại với người dân', { selector: '.ant-select-item-option-content' });
    expect(shown()).toEqual(['Đề án đối thoại với người dân']);
    await userEvent.click(screen.getByText('Đề án đối thoại với người dân', { selector: '.ant-select-item-option-content' }));
    expect(onChange).toHaveBeenCalledWith(3);
  });
});
