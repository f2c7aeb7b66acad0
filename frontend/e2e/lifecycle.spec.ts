import { expect, test } from './fixtures';
import { login, planRows, randomNumber, searchPlans, waitForIdle } from './support';

test('pt.coordinator creates a draft, edits it, issues it and sees it as issued', async ({ page }) => {
  const n = randomNumber();
  const title = `Kế hoạch kiểm thử E2E ${n} về cải cách hành chính`;
  const number = `${n}/KH-UBND`;

  await login(page, 'pt.coordinator');
  await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' })).toBeVisible();
  await waitForIdle(page);

  // Kind, year and issuing unit have defaults; fill the rest.
  await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(title);
  await page.getByLabel('Địa danh').fill('Phú Thọ');
  await page.getByRole('button', { name: 'Thêm căn cứ' }).click();
  await page.getByLabel('Căn cứ 1', { exact: true }).fill('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ');
  await page.getByLabel('Mục đích').fill('- Nâng cao nhận thức về **cải cách hành chính**');
  await page.getByRole('button', { name: 'Thêm nơi nhận' }).click();
  await page.getByLabel('Nơi nhận 1', { exact: true }).fill('Sở Nội vụ');
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();

  // The detail page of the new draft.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/\d+$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Mục đích' })).toBeVisible();
  await expect(page.locator('strong', { hasText: 'cải cách hành chính' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Sở Nội vụ' })).toBeVisible();

  // Edit.
  await page.getByRole('link', { name: 'Sửa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sửa kế hoạch' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Tên kế hoạch' })).toHaveValue(title);
  const edited = `${title} (đã sửa)`;
  await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(edited);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: edited })).toBeVisible();

  // Issue, with the date typed as dd/MM/yyyy.
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Số hiệu').fill(number);
  const issuedOn = dialog.getByLabel('Ngày ban hành');
  await issuedOn.click();
  await issuedOn.fill('15/02/2026');
  await issuedOn.press('Enter');
  await expect(dialog.getByLabel('Ngày có hiệu lực')).toHaveValue('15/02/2026');
  await dialog.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Kiểm');
  await dialog.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch');
  await dialog.getByLabel('Thẩm quyền ký').fill('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(dialog).toBeHidden();

  const metadata = page.getByRole('region', { name: 'Thông tin văn bản' });
  await expect(metadata).toContainText(number);
  await expect(metadata).toContainText('15/02/2026');
  await expect(metadata).toContainText('Đã ban hành');
  await expect(page.getByRole('button', { name: 'Ban hành' })).toHaveCount(0);

  // Listed as issued.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch' }).click();
  await searchPlans(page, `kiem thu E2E ${n}`);
  await expect(planRows(page)).toHaveCount(1);
  await expect(planRows(page).first()).toContainText(number);
  await expect(planRows(page).first()).toContainText('Đã ban hành');
  await expect(planRows(page).first()).toContainText('15/02/2026');

  // The same number cannot be used twice by the same issuing unit in the same year.
  await page.getByRole('link', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(`${title} – bản thứ hai`);
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} – bản thứ hai` })).toBeVisible();
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const dialog2 = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await dialog2.getByLabel('Số hiệu').fill(number);
  await dialog2.getByLabel('Ngày ban hành').fill('16/02/2026');
  await dialog2.getByLabel('Ngày ban hành').press('Enter');
  await dialog2.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Kiểm');
  await dialog2.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch');
  await dialog2.getByRole('button', { name: 'Ban hành' }).click();
  const numberItem = dialog2.locator('.ant-form-item').filter({ has: page.getByLabel('Số hiệu') });
  await expect(numberItem.locator('.ant-form-item-explain-error')).toBeVisible();
  await expect(dialog2).toBeVisible();
  await dialog2.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog2).toBeHidden();

  // Clean up the second draft.
  await page.locator('#main-content').getByRole('button', { name: 'Xóa', exact: true }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Xóa dự thảo kế hoạch?' });
  await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await searchPlans(page, `kiem thu E2E ${n}`);
  await expect(planRows(page)).toHaveCount(1);
});
