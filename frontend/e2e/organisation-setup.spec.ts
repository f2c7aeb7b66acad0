import { expect, test, watchCsp, type Browser, type Page } from './fixtures';
import { bearer, createDraftPlan, expectNoA11yViolations, issueOpenPlan, login, todayInVietnam, waitForIdle } from './support';

// Issue 10, "done when", on an installation with no demo data: the test script runs this spec (the
// project "empty-installation") against a second backend on an empty database. Phú Thọ's province
// administrator (pt.admin, whose account names the unit code PT that does not exist yet) loads the
// province and its 148 communes from the national list, adds Sở Nội vụ and a department, creates the
// accounts of a coordinator and of a ward's officer and leader, who sign in on Keycloak's page with their
// temporary passwords and see their own scope. The coordinator issues a plan for Phường Thanh Miếu, whose
// report is sent; then Thanh Miếu is merged into Phường Việt Trì: its open deadlines are Việt Trì's now,
// while the report it sent keeps the name it was sent under.
//
// Keycloak keeps its accounts between local runs: the logins are new on every run.

const stamp = Date.now().toString(36);
const [yyyy, mm, dd] = todayInVietnam().split('-');
const TODAY = `${dd}/${mm}/${yyyy}`;
// the realm's policy: 8 characters or more, neither the login nor the e-mail
const NEW_PASSWORD = `Cchc#${stamp}!`;

const PROVINCE = 'Tỉnh Phú Thọ';
const SNV = 'Sở Nội vụ tỉnh Phú Thọ';
const STP = 'Sở Tư pháp tỉnh Phú Thọ';
const WARD_A = 'Phường Thanh Miếu';
const WARD_B = 'Phường Việt Trì';
const title = `Kế hoạch CCHC thử nghiệm ${stamp} của tỉnh Phú Thọ`;
const number = `${(Date.now() % 90000) + 1000}/KH-UBND`;

const accounts = {
  coordinator: { login: `snv.dieuphoi.${stamp}`, role: 'Điều phối CCHC', familyName: 'Trần Thị', givenName: 'Điều Phối' },
  officer: { login: `thanhmieu.chuyenvien.${stamp}`, role: 'Chuyên viên', familyName: 'Lê Văn', givenName: 'Chuyên Viên' },
  leader: { login: `thanhmieu.lanhdao.${stamp}`, role: 'Lãnh đạo', familyName: 'Phạm Văn', givenName: 'Lãnh Đạo' },
};
type Account = (typeof accounts)[keyof typeof accounts];

/** Picks an entry of an antd Select by its visible text, after typing to filter (retried: the popup animates in). */
async function choose(page: Page, name: string, search: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name });
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if (!(await popup.isVisible())) await box.click();
    if (search) await box.fill(search);
    await popup.locator('.ant-select-item-option-content', { hasText: option }).first().click({ timeout: 5_000 });
    await expect(popup).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

async function openUnit(page: Page, search: string, name: string) {
  await page.goto(`/organisation?q=${encodeURIComponent(search)}`);
  await page.getByRole('navigation', { name: 'Cây đơn vị' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await waitForIdle(page);
  return Number(/\/organisation\/units\/(\d+)/.exec(page.url())![1]);
}

async function addChild(page: Page, parent: string, name: string, code: string, coordinating = false) {
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByRole('dialog', { name: `Thêm đơn vị trực thuộc ${parent}` });
  await expect(dialog).toBeVisible();
  await choose(page, 'Loại đơn vị', '', /^Sở, ban, ngành$/);
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Mã trong hệ thống').fill(code);
  if (coordinating) await dialog.getByRole('checkbox', { name: 'Đầu mối tổng hợp báo cáo của tỉnh (Sở Nội vụ)' }).check();
  await dialog.getByRole('button', { name: 'Tạo đơn vị' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Adds an account on the open unit page's People tab and gives it a temporary password, which it returns. */
async function addAccount(page: Page, unit: string, a: Account): Promise<string> {
  await page.getByRole('tab', { name: 'Người dùng' }).click();
  await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
  const add = page.getByRole('dialog', { name: `Thêm tài khoản cho ${unit}` });
  await add.getByLabel('Tên đăng nhập').fill(a.login);
  await add.getByLabel('Họ và tên đệm').fill(a.familyName);
  await add.getByLabel('Tên', { exact: true }).fill(a.givenName);
  await add.getByLabel('E-mail').fill(`${a.login}@example.com`);
  await choose(page, 'Vai trò', '', new RegExp(`^${a.role}$`));
  await add.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(add).toBeHidden();
  const people = page.getByRole('table', { name: 'Tài khoản của đơn vị' });
  const row = people.locator('tr', { has: page.getByText(a.login, { exact: true }) });
  await expect(row).toContainText(a.role);
  await row.getByRole('button', { name: `Thao tác với ${a.login}` }).click();
  await page.getByRole('menuitem', { name: 'Cấp mật khẩu tạm' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cấp mật khẩu tạm' }).click();
  const shown = page.getByTestId('temporary-password');
  await expect(shown).toBeVisible();
  const password = (await shown.textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(8);
  await page.getByRole('button', { name: 'Đóng' }).last().click();
  await expect(shown).toBeHidden();
  return password;
}

/** A new account's first sign-in on Keycloak's page: the temporary password, then a password of their own. */
async function firstSignIn(browser: Browser, a: Account, temporary: string, path = '/') {
  const context = await browser.newContext();
  await watchCsp(context);
  const page = await context.newPage();
  await page.goto(path);
  await page.locator('#username').fill(a.login);
  await page.locator('#password').fill(temporary);
  await page.locator('#kc-login').click();
  await page.locator('#password-new').fill(NEW_PASSWORD);
  await page.locator('#password-confirm').fill(NEW_PASSWORD);
  await page.locator('#kc-submit').click();
  await expect(page.locator('#main-content')).toBeVisible();
  await waitForIdle(page);
  await expect(page.locator('.app-user-name')).toHaveText(`${a.familyName} ${a.givenName}`);
  return { context, page };
}

async function confirmDialog(page: Page, ok = 'Đồng ý') {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: ok }).click();
  await expect(dialog).toBeHidden();
}

function unitDeadlines(page: Page) {
  return page.getByRole('table', { name: 'Hạn xử lý của đơn vị' });
}

test('an empty installation: Phú Thọ from the national list, its people, and a merger of two wards', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const ids = { province: 0, snv: 0, wardA: 0, wardB: 0, plan: 0, report: 0 };
  const passwords: Record<string, string> = {};

  await test.step('pt.admin loads Phú Thọ and its 148 communes from the national list', async () => {
    await login(page, 'pt.admin', '/organisation');
    await expect(page.getByText('Hệ thống chưa có đơn vị nào. Hãy bắt đầu bằng việc tạo tỉnh từ danh mục quốc gia.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thêm đơn vị' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'the organisation page of an empty installation');
    await page.getByRole('link', { name: 'Tạo tỉnh từ danh mục quốc gia' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tạo tỉnh từ danh mục quốc gia' })).toBeVisible();
    await choose(page, 'Tỉnh, thành phố trong danh mục quốc gia', 'phu tho', 'Tỉnh Phú Thọ (mã 25, 148 xã, phường)');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect(
      page.getByText('Bản xem trước, chưa có gì thay đổi: sẽ tạo Tỉnh Phú Thọ (mã đơn vị PT) và 148 xã, phường, đặc khu.'),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Mới' })).toBeVisible();
    await expectNoA11yViolations(page, 'the province set-up preview');
    await page.getByRole('button', { name: 'Tạo tỉnh và 148 xã, phường' }).click();
    await expect(page.getByRole('dialog')).toContainText('Tạo Tỉnh Phú Thọ và 148 xã, phường?');
    await confirmDialog(page, 'Tạo tỉnh và 148 xã, phường');
    await expect(page.getByText('Đã tạo Tỉnh Phú Thọ với 148 xã, phường, đặc khu.')).toBeVisible();
    await page.getByRole('link', { name: 'Mở trang đơn vị' }).click();
    await expect(page.getByRole('heading', { level: 1, name: PROVINCE })).toBeVisible();
    ids.province = Number(/\/organisation\/units\/(\d+)/.exec(page.url())![1]);

    // the account administers its province now; the tree has the province and its communes
    await page.goto('/organisation');
    await expect(page.getByText('149 đơn vị')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tạo tỉnh từ danh mục quốc gia' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Thêm đơn vị' })).toBeVisible();
    ids.wardA = await openUnit(page, 'thanh mieu', WARD_A);
    await expect(page.getByText('07909', { exact: true })).toBeVisible();
  });

  await test.step('pt.admin adds Sở Nội vụ (the coordinating unit) and Sở Tư pháp', async () => {
    await page.goto(`/organisation/units/${ids.province}`);
    await addChild(page, PROVINCE, SNV, 'PT-SNV', true);
    ids.snv = Number(/\/organisation\/units\/(\d+)/.exec(page.url())![1]);
    await page.goto(`/organisation/units/${ids.province}`);
    await addChild(page, PROVINCE, STP, 'PT-STP');
    await page.goto('/organisation');
    await expect(page.getByText('151 đơn vị')).toBeVisible();
  });

  await test.step('pt.admin creates the coordinator of Sở Nội vụ, and an officer and a leader of Phường Thanh Miếu', async () => {
    await page.goto(`/organisation/units/${ids.snv}`);
    passwords.coordinator = await addAccount(page, SNV, accounts.coordinator);
    await page.goto(`/organisation/units/${ids.wardA}`);
    passwords.officer = await addAccount(page, WARD_A, accounts.officer);
    passwords.leader = await addAccount(page, WARD_A, accounts.leader);
    await expectNoA11yViolations(page, "a ward's people, as its administrator sees them");
  });

  const coordinator =
    await test.step('the coordinator signs in and issues a plan for Phường Thanh Miếu, with quarterly reports', async () => {
      const c = await firstSignIn(browser, accounts.coordinator, passwords.coordinator, '/plans');
      // the whole province: plans are issued in its name, and every commune's page is open to the coordinator
      ids.plan = await createDraftPlan(c.page, title);
      await expect(c.page.getByRole('region', { name: 'Thông tin văn bản' })).toContainText(PROVINCE);
      const auth = { Authorization: await bearer(c.page) };
      const task = await c.page.request.post(`/api/v1/plans/${ids.plan}/tasks`, {
        headers: auth,
        data: {
          sectionCode: 'I',
          sectionTitle: 'Nhiệm vụ thử nghiệm',
          content: `Rà soát, đơn giản hóa thủ tục hành chính cấp xã (${stamp})`,
          lead: [{ unitId: ids.wardA }],
          timeframe: { text: 'Năm 2026' },
        },
      });
      expect(task.status(), await task.text()).toBe(201);
      const schedule = await c.page.request.post(`/api/v1/plans/${ids.plan}/report-schedules`, {
        headers: auth,
        data: { name: 'Báo cáo định kỳ hằng quý', periodType: 'QUARTER', dueRule: 'DAY_OF_LAST_MONTH', dueDay: 10 },
      });
      expect(schedule.status(), await schedule.text()).toBe(201);
      await c.page.goto(`/plans/${ids.plan}`);
      await issueOpenPlan(c.page, number, TODAY);
      await c.page.goto(`/organisation/units/${ids.wardA}?tab=deadlines`);
      await expect(
        unitDeadlines(c.page)
          .getByRole('link', { name: new RegExp(title) })
          .first(),
      ).toBeVisible();
      return c;
    });

  await test.step("the ward's officer signs in, sees the ward's work and only it, and writes the Quý IV report", async () => {
    const o = await firstSignIn(browser, accounts.officer, passwords.officer, '/reports?tab=due');
    await expect(o.page.getByRole('heading', { level: 1, name: 'Báo cáo của tôi' })).toBeVisible();
    const start = o.page.getByRole('button', { name: `Lập báo cáo Quý IV/2026 – ${number} – ${title}` });
    await expect(start).toBeVisible();
    // another ward's deadlines are outside the officer's scope
    ids.wardB = await openUnit(o.page, 'viet tri', WARD_B);
    await o.page.getByRole('tab', { name: 'Hạn xử lý' }).click();
    await expect(o.page.getByText('Mục này của đơn vị nằm ngoài phạm vi bạn được xem.')).toBeVisible();

    await o.page.goto('/reports?tab=due');
    await start.click();
    await expect(o.page).toHaveURL(/\/reports\/\d+$/);
    ids.report = Number(/\/reports\/(\d+)/.exec(o.page.url())![1]);
    await waitForIdle(o.page);
    await o.page.getByRole('textbox', { name: 'Kết quả đạt được', exact: true }).fill('Đã rà soát 12 thủ tục hành chính cấp xã.');
    await o.page.getByRole('button', { name: 'Lưu báo cáo' }).click();
    await expect(o.page.getByText('Đã lưu báo cáo.')).toBeVisible();
    await o.page.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await confirmDialog(o.page);
    await expect(o.page.getByRole('region', { name: 'Thông tin báo cáo' })).toContainText('Chờ phê duyệt');
    await o.context.close();
  });

  await test.step("the ward's leader signs in and sends it to Sở Nội vụ", async () => {
    const l = await firstSignIn(browser, accounts.leader, passwords.leader, `/reports/${ids.report}`);
    await l.page.getByRole('button', { name: 'Phê duyệt và gửi' }).click();
    await confirmDialog(l.page);
    await expect(l.page.getByRole('region', { name: 'Thông tin báo cáo' })).toContainText('Đã gửi');
    await l.context.close();
  });

  await test.step('pt.admin merges Phường Thanh Miếu into Phường Việt Trì', async () => {
    await page.goto(`/organisation/units/${ids.wardB}?tab=deadlines`);
    await expect(unitDeadlines(page).getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
    await page.goto(`/organisation/units/${ids.wardA}`);
    await page.getByRole('button', { name: 'Thao tác khác' }).click();
    await page.getByRole('menuitem', { name: 'Sáp nhập' }).click();
    const merge = page.getByRole('dialog', { name: `Sáp nhập ${WARD_A}` });
    await expect(merge).toBeVisible();
    await choose(page, 'Đơn vị tiếp nhận', 'viet tri', WARD_B);
    await merge.getByLabel('Căn cứ pháp lý (văn bản quyết định)').fill(`Nghị quyết số ${stamp}/NQ-HĐND (kiểm thử)`);
    await merge.getByRole('button', { name: 'Sáp nhập' }).click();
    await expect(page.getByRole('heading', { level: 1, name: WARD_B })).toBeVisible();
  });

  await test.step("Việt Trì has Thanh Miếu's open deadlines; the report Thanh Miếu sent keeps its name", async () => {
    const c = coordinator.page;
    await c.goto(`/organisation/units/${ids.wardB}?tab=deadlines`);
    await expect(
      unitDeadlines(c)
        .getByRole('link', { name: new RegExp(title) })
        .first(),
    ).toBeVisible();
    await c.goto(`/organisation/units/${ids.wardA}`);
    await expect(c.getByText(new RegExp(`^Đã (giải thể/)?sáp nhập từ ${TODAY}$`))).toBeVisible();
    await c.goto(`/reports/${ids.report}`);
    const header = c.getByRole('region', { name: 'Thông tin báo cáo' });
    await expect(header).toContainText(WARD_A);
    await expect(header).toContainText('Đã gửi');
    await expectNoA11yViolations(c, 'a report sent by a unit that has since been merged');
    await coordinator.context.close();
  });
});
