import { expect, test } from './fixtures';
import { login, loginInNewContext, planIdFromList, planLink, planRows, searchPlans, SEED } from './support';

// Specific enough that plans created by other e2e runs (place "Phú Thọ") do not push it off page 1.
const PT_DRAFT_QUERY = 'thong tin tuyen truyen cai cach hanh chinh tinh phu tho';

test('hy.coordinator sees exactly the two Hưng Yên plans and not Phú Thọ’s', async ({ page }) => {
  await login(page, 'hy.coordinator');
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeVisible();
  await expect(planRows(page)).toHaveCount(2);
  await expect(planLink(page, SEED.hyDraft)).toBeVisible();
  await expect(planLink(page, SEED.hyIssued)).toBeVisible();
  await expect(page.getByText(/Phú Thọ/)).toHaveCount(0);

  // The issued plan shows its number and date, the draft shows "Dự thảo".
  const issuedRow = planRows(page).filter({ has: page.getByRole('link', { name: SEED.hyIssued }) });
  await expect(issuedRow).toContainText('19/KH-UBND');
  await expect(issuedRow).toContainText('20/01/2026');
  await expect(issuedRow).toContainText('Đã ban hành');
  const draftRow = planRows(page).filter({ has: page.getByRole('link', { name: SEED.hyDraft }) });
  await expect(draftRow).toContainText('Dự thảo');
});

test('namdan.officer sees the Năm Dẩn plan only; the Phú Thọ draft’s URL shows "not found"', async ({ browser, page }) => {
  // Find the Phú Thọ draft's id as someone who may see it.
  const pt = await loginInNewContext(browser, 'pt.coordinator');
  await searchPlans(pt.page, PT_DRAFT_QUERY);
  await expect(planLink(pt.page, SEED.ptDraft)).toBeVisible();
  const ptDraftId = await planIdFromList(pt.page, SEED.ptDraft);
  await pt.context.close();

  await login(page, 'namdan.officer');
  await expect(planLink(page, SEED.namDan)).toBeVisible();
  await expect(planLink(page, SEED.ptDraft)).toHaveCount(0);
  await searchPlans(page, 'phu tho');
  await expect(planRows(page)).toHaveCount(0);
  await expect(page.getByText('Không có kế hoạch nào phù hợp.')).toBeVisible();

  await page.goto(`/plans/${ptDraftId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy' })).toBeVisible();
  await expect(page.getByText('không tồn tại, hoặc bạn không có quyền xem')).toBeVisible();
  await expect(page.getByText(SEED.ptDraft)).toHaveCount(0);
});

test('the admin sees all four seed plans', async ({ page }) => {
  await login(page, 'admin');
  for (const [query, title] of [
    ['Hung Yen', SEED.hyDraft],
    ['Hung Yen', SEED.hyIssued],
    [PT_DRAFT_QUERY, SEED.ptDraft],
    ['Tuyen truyen Cai cach hanh chinh nam 2026', SEED.namDan],
  ] as const) {
    await searchPlans(page, query);
    await expect(planLink(page, title).first(), String(title)).toBeVisible();
  }
});

test('hy.viewer reads issued plans only and gets no create, edit, issue, close or delete actions', async ({ page }) => {
  await login(page, 'hy.viewer');
  await expect(planLink(page, SEED.hyIssued)).toBeVisible();
  await expect(planLink(page, SEED.hyDraft)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Tạo kế hoạch' })).toHaveCount(0);
  await planLink(page, SEED.hyIssued).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED.hyIssued })).toBeVisible();
  const main = page.locator('#main-content');
  for (const name of ['Sửa', 'Ban hành', 'Kết thúc', 'Xóa']) {
    await expect(main.getByRole('button', { name, exact: true }).or(main.getByRole('link', { name, exact: true }))).toHaveCount(0);
  }
});
