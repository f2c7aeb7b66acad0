import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { login, planIdFromList, planRows, SEED, waitForIdle } from './support';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page, what: string) {
  await waitForIdle(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

test('axe finds no WCAG 2.1 A/AA violations on the main screens (vi)', async ({ page }) => {
  // nine axe scans of 5 to 15 s each on a busy 2-core machine: more than the default 90 s
  test.slow();
  await login(page, 'hy.coordinator');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(planRows(page)).toHaveCount(2);
  await expectNoViolations(page, 'the plan list');

  const issuedId = await planIdFromList(page, SEED.hyIssued);
  const draftId = await planIdFromList(page, SEED.hyDraft);

  await page.goto(`/plans/${issuedId}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED.hyIssued })).toBeVisible();
  await expectNoViolations(page, 'an issued plan');

  await page.goto(`/plans/${draftId}`);
  await expect(page.getByRole('heading', { level: 1, name: SEED.hyDraft })).toBeVisible();
  await expectNoViolations(page, 'a draft plan');

  await page.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByRole('dialog', { name: 'Ban hành kế hoạch' })).toBeVisible();
  await expectNoViolations(page, 'the issue dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goto('/plans/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' })).toBeVisible();
  await expectNoViolations(page, 'the plan form');
  // With validation errors showing.
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(page.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await expectNoViolations(page, 'the plan form with errors');

  await page.goto(`/plans/${draftId}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sửa kế hoạch' })).toBeVisible();
  await expectNoViolations(page, 'the edit form');

  await page.goto('/organisation');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổ chức' })).toBeVisible();
  const tree = page.getByRole('navigation', { name: 'Cây đơn vị' });
  await expect(tree).toBeVisible();
  await expectNoViolations(page, 'the organisation tree');

  await page.getByRole('searchbox', { name: 'Lọc đơn vị' }).fill('so noi vu hung yen');
  await expect(page).toHaveURL(/q=so/);
  await tree.getByRole('link', { name: 'Sở Nội vụ tỉnh Hưng Yên', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sở Nội vụ tỉnh Hưng Yên' })).toBeVisible();
  await expectNoViolations(page, 'a unit page');
  await page.getByRole('tab', { name: 'Kế hoạch' }).click();
  await expect(page.getByRole('table', { name: 'Kế hoạch do đơn vị ban hành' })).toBeVisible();
  await expectNoViolations(page, "a unit page's plans");

  await page.goto('/plans/999999999');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy' })).toBeVisible();
  await expectNoViolations(page, 'the not-found page');
});

test('the plan list is usable by keyboard: skip link, search, open a plan', async ({ page }) => {
  await login(page, 'hy.coordinator');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  await page.getByRole('searchbox', { name: 'Tìm kiếm' }).focus();
  await page.keyboard.type('quan tri');
  await expect(page).toHaveURL(/q=quan/);
  await waitForIdle(page);
  const link = page.getByRole('link', { name: SEED.hyIssued });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: SEED.hyIssued })).toBeVisible();
  await expect(page).toHaveTitle(/Quản lý kế hoạch CCHC/);
});
