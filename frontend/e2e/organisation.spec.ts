import { expect, test } from './fixtures';
import { expectNoA11yViolations, login, SEED, waitForIdle } from './support';

// The Organisation area (issue 10): the tree, a unit's page with its plans, and the national-list loader.

test('a coordinator finds a commune in the tree without diacritics and sees its plans', async ({ page }) => {
  await login(page, 'tq.coordinator');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổ chức' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức' })).toBeVisible();
  const tree = page.getByRole('navigation', { name: 'Cây đơn vị' });
  await expect(tree).toBeVisible();

  // "nam dan" finds "Năm Dẩn", with the way down to it open
  await page.getByRole('searchbox', { name: 'Lọc đơn vị' }).fill('nam dan');
  await expect(page).toHaveURL(/[?&]q=nam(\+|%20)dan/);
  await expect(page.getByText(/^Tìm thấy \d+ đơn vị$/)).toBeVisible();
  await expect(tree.getByRole('link', { name: 'UBND tỉnh Tuyên Quang', exact: true })).toBeVisible();
  await expect(tree.getByRole('button', { name: 'Thu gọn các đơn vị trực thuộc UBND tỉnh Tuyên Quang' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await tree.getByRole('link', { name: 'UBND xã Năm Dẩn', exact: true }).click();

  await expect(page).toHaveURL(/\/organisation\/units\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'UBND xã Năm Dẩn' })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'Vị trí trong cây tổ chức' });
  await expect(crumbs.getByRole('link', { name: 'UBND tỉnh Tuyên Quang' })).toBeVisible();
  await expect(page.getByText('UBND xã, phường', { exact: true }).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Kế hoạch' }).click();
  await expect(page).toHaveURL(/tab=plans/);
  const plans = page.getByRole('table', { name: 'Kế hoạch do đơn vị ban hành' });
  await waitForIdle(page);
  await plans.getByRole('link', { name: SEED.namDan }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED.namDan })).toBeVisible();
  // the plan's issuer links back to the unit's page
  await page.getByRole('link', { name: 'UBND xã Năm Dẩn', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'UBND xã Năm Dẩn' })).toBeVisible();

  // Back returns to the tree with the filter kept
  await page.goto('/organisation?q=nam+dan');
  await expect(page.getByRole('searchbox', { name: 'Lọc đơn vị' })).toHaveValue('nam dan');
});

test('the administrator previews the national list for Phú Thọ without applying it', async ({ page }) => {
  // axe scans on a busy 2-core machine
  test.slow();
  await login(page, 'admin', '/organisation');
  await page.getByRole('link', { name: 'Nạp danh mục quốc gia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nạp xã, phường từ danh mục quốc gia' })).toBeVisible();
  await expectNoA11yViolations(page, 'the national loader');

  const preview = page.getByRole('button', { name: 'Xem trước' });
  await expect(preview).toBeDisabled();
  await page.getByRole('combobox', { name: 'Đơn vị cấp tỉnh trong cây tổ chức' }).click();
  await page.keyboard.type('phu tho');
  // antd's role="option" elements are hidden helpers for screen readers: click the visible item
  await page.locator('.ant-select-item-option-content', { hasText: /^UBND tỉnh Phú Thọ/ }).click();
  await preview.click();

  const diff = page.getByRole('region', { name: 'Khác biệt giữa danh mục quốc gia (Tỉnh Phú Thọ, mã 25) và cây tổ chức' });
  await expect(diff).toBeVisible();
  await expect(diff.locator('.ant-statistic', { hasText: /^Trong danh mục\d/ })).toContainText('148');
  // a preview: nothing created (whether the demo already holds Phú Thọ's communes or not)
  await expect(page.getByText(/^(Đây là bản xem trước: chưa có gì thay đổi\.|Không có đơn vị mới nào cần nạp\.)$/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Nạp [\d.]+ đơn vị mới$/ })).toBeVisible();
  await expectNoA11yViolations(page, 'the national loader with a preview');

  // the lists open and close; the new communes are listed by official code
  const panel = diff.getByRole('button', { name: /^Mới \([\d.]+\)$/ });
  await expect(panel).toBeVisible();
});
