import { expect, test } from './fixtures';
import { login, planLink, searchPlans, SEED } from './support';

// The server searches title, number, place, unit, legal bases and sections, so these tests only
// assert what must be found, not what else may match.
test('search without diacritics finds plans, and Back restores the previous search', async ({ page }) => {
  await login(page, 'hy.coordinator');

  await searchPlans(page, 'cai cach');
  await expect(planLink(page, SEED.hyDraft)).toBeVisible();

  await searchPlans(page, 'tuyen truyen');
  await expect(planLink(page, SEED.hyDraft)).toBeVisible();

  await searchPlans(page, 'quan tri va hanh chinh cong');
  await expect(planLink(page, SEED.hyIssued)).toBeVisible();

  await searchPlans(page, 'khong co ke hoach nao nhu the nay xyz');
  await expect(page.getByText('Không có kế hoạch nào phù hợp.')).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm' })).toHaveValue('quan tri va hanh chinh cong');
  await expect(planLink(page, SEED.hyIssued)).toBeVisible();
});

test('the admin finds plans of several provinces by "tuyen truyen"', async ({ page }) => {
  await login(page, 'admin');
  await searchPlans(page, 'tuyen truyen');
  await expect(planLink(page, SEED.ptDraft).first()).toBeVisible();
  await expect(planLink(page, SEED.hyDraft).first()).toBeVisible();
});
