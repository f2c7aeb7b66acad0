import { expect, test, type Page } from './fixtures';
import { bearer, expectNoA11yViolations, login, loginInNewContext, todayInVietnam, waitForIdle } from './support';

// Administering the organisation (issue 10) as Phú Thọ's organisation administrator: units created,
// renamed, merged (only throwaway units of this run: other specs rely on the demo's units) and an account.

// upper case: the realm's user profile accepts only upper-case unit codes in the `unit` attribute
const stamp = Date.now().toString(36).toUpperCase();
/** The wards this spec creates: dissolved at the end, so that the specs after it see Phú Thọ's 148 communes. */
const throwaway: number[] = [];

test.afterAll(async ({ browser }) => {
  if (throwaway.length === 0) return;
  const { context, page } = await loginInNewContext(browser, 'pt.admin', '/organisation');
  const auth = { Authorization: await bearer(page) };
  for (const id of throwaway) {
    const unit = await page.request.get(`/api/v1/units/${id}`, { headers: auth });
    if (!unit.ok() || (await unit.json()).validTo) continue; // merged already
    const done = await page.request.post(`/api/v1/units/${id}/dissolve`, {
      headers: auth,
      data: { effectiveOn: todayInVietnam(), legalBasis: `Dọn dữ liệu kiểm thử ${stamp}` },
    });
    expect(done.status(), await done.text()).toBe(200);
  }
  await context.close();
});

async function openProvince(page: Page) {
  await page.goto('/organisation?q=ubnd+tinh+phu+tho');
  await page.getByRole('navigation', { name: 'Cây đơn vị' }).getByRole('link', { name: 'UBND tỉnh Phú Thọ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'UBND tỉnh Phú Thọ' })).toBeVisible();
}

async function pick(page: Page, combobox: string, text: string, option: RegExp) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.keyboard.type(text);
  // antd's role="option" elements are hidden helpers for screen readers: click the visible item
  await page.locator('.ant-select-item-option-content', { hasText: option }).first().click();
}

async function createWard(page: Page, name: string, code: string) {
  await openProvince(page);
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị trực thuộc UBND tỉnh Phú Thọ' });
  await expect(dialog).toBeVisible();
  // retried: a click that lands while the popup animates in selects nothing
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if (!(await popup.isVisible())) await dialog.getByRole('combobox', { name: 'Loại đơn vị' }).click();
    await popup.locator('.ant-select-item-option-content', { hasText: /^UBND xã, phường$/ }).click({ timeout: 5_000 });
    await expect(popup).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Mã trong hệ thống').fill(code);
  // established in the past, so that a merger or a rename today leaves it a day of its own
  const from = dialog.getByLabel('Ngày thành lập');
  await from.click();
  await from.fill('01/01/2025');
  // Tab, not Enter: Enter would submit the form
  await from.press('Tab');
  await expect(from).toHaveValue('01/01/2025');
  await dialog.getByRole('button', { name: 'Tạo đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  throwaway.push(Number(/\/organisation\/units\/(\d+)/.exec(page.url())![1]));
}

test('pt.admin creates a ward, renames it, reads its history and gives an account a temporary password', async ({ page }) => {
  test.slow();
  await login(page, 'pt.admin', '/organisation');
  await expect(page.getByRole('button', { name: 'Thêm đơn vị' })).toBeVisible();
  await expectNoA11yViolations(page, 'the tree for an administrator');

  const name = `UBND phường Thử nghiệm ${stamp}`;
  await createWard(page, name, `PT-E2E-${stamp}`);
  await expectNoA11yViolations(page, 'a unit page with the administration buttons');

  await page.getByRole('button', { name: 'Đổi tên' }).click();
  const rename = page.getByRole('dialog', { name: `Đổi tên ${name}` });
  await expectNoA11yViolations(page, 'the rename form');
  const renamed = `UBND phường Đổi tên ${stamp}`;
  await rename.getByLabel('Tên đơn vị').fill(renamed);
  await rename.getByLabel('Căn cứ pháp lý (văn bản quyết định)').fill('Quyết định số 1/QĐ-UBND (kiểm thử)');
  await rename.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  const history = page.getByRole('table', { name: 'Các trạng thái của đơn vị theo thời gian' });
  await expect(history.getByRole('cell', { name: 'Thành lập', exact: true })).toBeVisible();
  // the change column ("Đổi tên" is also part of the new name)
  await expect(history.getByRole('cell', { name: 'Đổi tên', exact: true })).toBeVisible();
  await expect(history.getByText('Quyết định số 1/QĐ-UBND (kiểm thử)')).toBeVisible();
  await expect(history.getByText(name)).toBeVisible();
  await expectNoA11yViolations(page, "a unit's history");

  await page.getByRole('tab', { name: 'Người dùng' }).click();
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const add = page.getByRole('dialog', { name: `Thêm tài khoản cho ${renamed}` });
  const login_ = `e2e.${stamp.toLowerCase()}`;
  await add.getByLabel('Tên đăng nhập').fill(login_);
  await add.getByLabel('Họ và tên đệm').fill('Nguyễn Văn');
  await add.getByLabel('Tên', { exact: true }).fill('Thử');
  await add.getByLabel('E-mail').fill(`${login_}@example.com`);
  await add.getByRole('button', { name: 'Tạo tài khoản' }).click();
  const people = page.getByRole('table', { name: 'Tài khoản của đơn vị' });
  await expect(people.getByText(login_, { exact: true })).toBeVisible();
  await expectNoA11yViolations(page, "a unit's people");

  await people.getByRole('button', { name: `Thao tác với ${login_}` }).click();
  await page.getByRole('menuitem', { name: 'Cấp mật khẩu tạm' }).click();
  await page.getByRole('button', { name: 'Cấp mật khẩu tạm' }).click();
  const password = page.getByTestId('temporary-password');
  await expect(password).toBeVisible();
  expect((await password.textContent())?.length ?? 0).toBeGreaterThanOrEqual(8);
  await expect(page.getByText(/chỉ hiện một lần/)).toBeVisible();
  await page.getByRole('button', { name: 'Đóng' }).last().click();
  await expect(password).toBeHidden();

  await page.goto('/organisation/people');
  await expect(page.getByRole('heading', { level: 1, name: 'Người dùng' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Lọc người dùng' }).fill(login_);
  await expect(page.getByRole('table', { name: 'Người dùng' }).getByText(login_, { exact: true })).toBeVisible();
  await waitForIdle(page);
  await expectNoA11yViolations(page, 'the people page');
});

test('pt.admin merges two throwaway wards of this run into one', async ({ page }) => {
  test.slow();
  await login(page, 'pt.admin', '/organisation');
  const a = `UBND phường Sáp nhập A ${stamp}`;
  const b = `UBND phường Sáp nhập B ${stamp}`;
  await createWard(page, b, `PT-E2E-B-${stamp}`);
  await createWard(page, a, `PT-E2E-A-${stamp}`);

  await page.getByRole('button', { name: 'Thao tác khác' }).click();
  await page.getByRole('menuitem', { name: 'Sáp nhập' }).click();
  const merge = page.getByRole('dialog', { name: `Sáp nhập ${a}` });
  await expect(merge).toBeVisible();
  await pick(page, 'Đơn vị tiếp nhận', `sap nhap b ${stamp}`, new RegExp(`Sáp nhập B ${stamp}`));
  await merge.getByLabel('Căn cứ pháp lý (văn bản quyết định)').fill('Nghị quyết số 2/NQ (kiểm thử)');
  await expectNoA11yViolations(page, 'the merge form');
  await merge.getByRole('button', { name: 'Sáp nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: b })).toBeVisible();

  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  const predecessors = page
    .getByRole('region', { name: 'Đơn vị tiền thân' })
    .or(page.locator('section[aria-labelledby="unit-predecessors"]'));
  await predecessors.getByRole('link', { name: a }).click();
  await expect(page.getByRole('heading', { level: 1, name: a })).toBeVisible();
  await expect(page.getByText(/^Đã giải thể\/sáp nhập từ \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đổi tên' })).toHaveCount(0);
});
