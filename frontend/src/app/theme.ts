import type { ThemeConfig } from 'antd';

// Colours chosen for WCAG AA contrast (≥ 4.5:1 for text on white). antd's defaults
// (#1677ff links, #ff4d4f errors, 45 % grey secondary text) fall short, so they are overridden.
export const PRIMARY = '#1d4ed8'; // 6.7:1 on white
export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorPrimaryHover: '#1e40af', // hover/active stay dark: text on white and white on them ≥ 4.5:1
    colorPrimaryActive: '#1e3a8a',
    colorPrimaryTextHover: '#1e40af',
    colorErrorHover: '#991b1b',
    colorErrorActive: '#7f1d1d',
    colorInfo: PRIMARY,
    colorLink: PRIMARY,
    colorLinkHover: '#1e40af',
    colorLinkActive: '#1e3a8a',
    colorError: '#b91c1c', // 6.5:1
    colorErrorText: '#b91c1c',
    colorWarning: '#92400e', // 7:1
    colorWarningText: '#92400e',
    colorSuccess: '#166534', // 7.1:1
    colorSuccessText: '#166534',
    colorText: 'rgba(0, 0, 0, 0.88)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextLabel: 'rgba(0, 0, 0, 0.75)',
    fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
};
