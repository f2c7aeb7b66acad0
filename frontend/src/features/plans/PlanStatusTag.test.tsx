import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanStatusTag, STATUS_COLORS } from './PlanStatusTag';
import { setLang } from '../../i18n';
import { contrast } from '../../test/contrast';
import { renderWithApp } from '../../test/render';

describe('PlanStatusTag', () => {
  it('names the status in the UI language', async () => {
    renderWithApp(<PlanStatusTag status="ISSUED" />);
    expect(await screen.findByText('Đã ban hành')).toBeVisible();
  });

  it('names the status in English after the switch', async () => {
    setLang('en');
    renderWithApp(<PlanStatusTag status="DRAFT" />);
    expect(await screen.findByText('Draft')).toBeVisible();
  });

  it('white text on every status colour reaches 4.5:1', () => {
    for (const [status, colour] of Object.entries(STATUS_COLORS)) {
      expect(contrast(colour, '#ffffff'), status).toBeGreaterThanOrEqual(4.5);
    }
  });
});
