import { expect, test } from './fixtures';
import { login, planRows } from './support';

test('switching to English changes the labels, the lang attribute and survives a reload', async ({ page }) => {
  await login(page, 'hy.coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
  await expect(page).toHaveTitle('Kế hoạch · Quản lý kế hoạch CCHC');

  await page.getByText('EN', { exact: true }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CCHC plans' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organisation' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /Title/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(page).toHaveTitle('Plans · CCHC plans');
  await expect(planRows(page).filter({ hasText: 'Issued' })).toHaveCount(1);
  await expect(planRows(page).filter({ hasText: 'Draft' })).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();

  await page.getByText('VI', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
});
