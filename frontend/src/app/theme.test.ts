import { describe, expect, it } from 'vitest';
import { theme } from './theme';
import { contrast } from '../test/contrast';

describe('theme colours', () => {
  it('text colours reach WCAG AA (4.5:1) on white', () => {
    const t = theme.token!;
    for (const key of [
      'colorPrimary',
      'colorPrimaryHover',
      'colorPrimaryActive',
      'colorLink',
      'colorError',
      'colorErrorHover',
      'colorSuccess',
      'colorWarning',
    ] as const) {
      expect(contrast(t[key] as string, '#ffffff'), key).toBeGreaterThanOrEqual(4.5);
    }
  });
});
