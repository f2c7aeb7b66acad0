import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import {
  createDraftPlan,
  expectNoA11yViolations,
  issueOpenPlan,
  login,
  loginInNewContext,
  openTab,
  pickInSelect,
  randomNumber,
  readSeedAppendix,
  taskRows,
  waitForIdle,
} from './support';

// Phú Thọ: the coordinator imports the plan's appendix from the document, corrects a row of its own
// table, issues the plan; a department and a ward then find the tasks that fall on them.

const seed = readSeedAppendix();
const n = randomNumber();
const title = `Kế hoạch phụ lục tự động ${n}: tuyên truyền CCHC tỉnh Phú Thọ`;
const UNKNOWN = 'Ban Quản lý dự án vũ trụ tỉnh Phú Thọ';
const SVHTTDL = 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ';
// A table of our own: section III, an unknown lead in its first row, a group in its second.
const OWN_TABLE = [
  'TT\tNội dung, hình thức tuyên truyền\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện',
  'III\tNhiệm vụ bổ sung\t\t\t',
  `1\tTổ chức tọa đàm về cải cách hành chính số ${n}\t${UNKNOWN}\tSở Nội vụ\tQuý II, III năm 2026`,
  `2\tĐăng tải tin, bài về cải cách hành chính số ${n}\tCổng Thông tin điện tử tỉnh\tUBND cấp xã\tThường xuyên`,
].join('\n');

let planPath = '';

async function paste(page: Page, text: string) {
  await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập phụ lục từ văn bản' })).toBeVisible();
  await page.getByLabel('Dán bảng phụ lục từ Word/Excel').fill(text);
  await page.getByRole('button', { name: 'Đọc thử' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Xem trước và sửa' })).toBeVisible();
}

test.describe.serial('the appendix of a Phú Thọ plan', () => {
  test('pt.coordinator imports the appendix from the document and corrects a table of their own', async ({ page }) => {
    test.skip(!seed.text, `seed 003 not found at ${seed.path}: set CCHC_SEEDS_DIR`);
    await login(page, 'pt.coordinator');
    const id = await createDraftPlan(page, title);
    planPath = `/plans/${id}`;

    await openTab(page, /^Phụ lục/);
    await expect(page.getByText('Kế hoạch chưa có nhiệm vụ nào.')).toBeVisible();

    // 1. The seed's table as pasted from Word: 11 tasks, nothing to correct.
    await paste(page, seed.text!);
    await expect(page.getByText('Đọc được 11 nhiệm vụ; 0 vấn đề cần xem lại.')).toBeVisible();
    await expect(page.getByText('Không có vấn đề nào: có thể lưu ngay.')).toBeVisible();
    await expect(taskRows(page)).toHaveCount(11);
    await expect(page.locator('.import-row-problem')).toHaveCount(0);
    await page.getByRole('button', { name: 'Lưu tất cả' }).click();
    await expect(page.getByText('Đã lưu 11 nhiệm vụ vào phụ lục.')).toBeVisible();

    // The appendix: sections I and II with 4 and 7 tasks, the continuation row joined to II.2.
    await expect(page).toHaveURL(new RegExp(`${planPath}\\?tab=appendix$`));
    await expect(page.getByRole('tab', { name: 'Phụ lục (11)' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('rowheader', { name: /^I\. Đối với các nhiệm vụ tuyên truyền tại các cơ quan/ })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /^II\. Đối với nhiệm vụ tuyên truyền cấp tỉnh/ })).toBeVisible();
    await expect(taskRows(page, 'I')).toHaveCount(4);
    await expect(taskRows(page, 'II')).toHaveCount(7);
    const ii2 = taskRows(page, 'II').nth(1);
    await expect(ii2).toContainText('Hướng dẫn công tác thông tin, tuyên truyền');
    await expect(ii2).toContainText('Tăng cường công tác thông tin, tuyên truyền');
    await expect(ii2).toContainText(SVHTTDL);
    const i1 = taskRows(page, 'I').first();
    await expect(i1.getByRole('cell').nth(2).locator('.group-tag')).toHaveText('Các cơ quan, đơn vị, địa phương');
    await expect(i1.getByRole('cell').nth(3).locator('.group-tag')).toHaveText('Các cơ quan, đơn vị liên quan');
    await expect(taskRows(page, 'I').first()).toContainText('Cả năm (01/01–31/12/2026)');
    await expectNoA11yViolations(page, 'the plan detail with an editable appendix');

    // 2. A table of our own with a unit name that matches nothing.
    await paste(page, OWN_TABLE);
    await expect(page.getByText('Đọc được 2 nhiệm vụ; 1 vấn đề cần xem lại.')).toBeVisible();
    const problemRow = page.locator('#import-task-0');
    await expect(problemRow).toHaveClass(/import-row-problem/);
    await expect(problemRow).toContainText('Cần xem lại');
    await expect(page.locator('#import-task-1')).not.toHaveClass(/import-row-problem/);
    // each timeframe box shows its whole text ("Thường xuyên", not "Thường x")
    for (const [row, text] of [
      [1, 'Quý II, III năm 2026'],
      [2, 'Thường xuyên'],
    ] as const) {
      const box = page.getByRole('textbox', { name: `Thời gian thực hiện của nhiệm vụ III.${row}` });
      await expect(box).toHaveValue(text);
      const fits = await box.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth);
      expect(fits, `the timeframe box of III.${row} shows "${text}" whole`).toBe(true);
    }
    await expectNoA11yViolations(page, 'the import preview with a problem row');

    // The problem list leads to the row; the row's picker takes a unit of the province.
    await page.getByRole('link', { name: 'Dòng 3 · Đơn vị chủ trì' }).click();
    await expect(problemRow).toBeFocused();
    await pickInSelect(page, problemRow.getByRole('combobox', { name: `Chọn đơn vị cho “${UNKNOWN}”` }), 'van hoa', SVHTTDL);
    await expect(problemRow).toContainText('Đã xem lại');
    await expect(page.getByRole('checkbox', { name: 'Thay thế các nhiệm vụ hiện có (11 nhiệm vụ)' })).not.toBeChecked();
    await page.getByRole('button', { name: 'Lưu tất cả' }).click();
    await expect(page.getByText('Đã lưu 2 nhiệm vụ vào phụ lục.')).toBeVisible();

    await expect(page.getByRole('tab', { name: 'Phụ lục (13)' })).toBeVisible();
    await expect(taskRows(page, 'III')).toHaveCount(2);
    const iii1 = taskRows(page, 'III').first();
    await expect(iii1).toContainText(`Tổ chức tọa đàm về cải cách hành chính số ${n}`);
    await expect(iii1).toContainText(SVHTTDL);
    await expect(iii1.locator('.assignment-unresolved')).toHaveCount(0);
    await expect(iii1).toContainText('Quý II, III (01/04–30/09/2026)');

    // Reordering by keyboard: the focus stays with the task that moved.
    const down = page.getByRole('button', { name: 'Chuyển nhiệm vụ III.1 xuống' });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(taskRows(page, 'III').first()).toContainText(`Đăng tải tin, bài về cải cách hành chính số ${n}`);
    await expect(page.getByRole('button', { name: 'Chuyển nhiệm vụ III.2 lên' })).toBeFocused();

    // Everyone may download the appendix as a spreadsheet; the wizard reads such a file back.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
    await page.getByText('Tải tệp Excel', { exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(await download.path()),
    });
    await expect(page.getByText(/Đã chọn tệp phu-luc-ke-hoach-\d+\.xlsx/)).toBeVisible();
    await page.getByRole('button', { name: 'Đọc thử' }).click();
    await expect(page.getByText(/^Đọc được 13 nhiệm vụ; 0 vấn đề cần xem lại\.$/)).toBeVisible();
    await expect(taskRows(page, 'III')).toHaveCount(2);
  });

  test('once issued, the department sees the task it leads and the ward the tasks of its groups', async ({ page, browser }) => {
    test.skip(!planPath, 'the previous test did not create the plan');
    await login(page, 'pt.coordinator', planPath);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await issueOpenPlan(page, `${n}/KH-UBND`);
    const planId = Number(planPath.split('/').pop());

    // Sở VHTTDL: II.2 names it directly, as the lead.
    const dept = await loginInNewContext(browser, 'pt.vhttdl.officer');
    await dept.page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhiệm vụ của tôi' }).click();
    await expect(dept.page.getByRole('heading', { level: 1, name: 'Nhiệm vụ của tôi' })).toBeVisible();
    await pickInSelect(dept.page, dept.page.getByLabel('Kế hoạch', { exact: true }), String(n), title);
    await expect(dept.page).toHaveURL(new RegExp(`[?&]planId=${planId}(&|$)`));
    await waitForIdle(dept.page);
    const deptRows = dept.page.locator('.ant-table-tbody tr.ant-table-row');
    const led = deptRows.filter({ hasText: 'Hướng dẫn công tác thông tin, tuyên truyền' });
    await expect(led).toHaveCount(1);
    await expect(led).toContainText('II.2');
    await expect(led).toContainText('Chủ trì');
    await expect(led).toContainText('Trực tiếp');
    await expectNoA11yViolations(dept.page, 'My tasks');
    // the content leads to the task in the plan's appendix
    await led.getByRole('link', { name: /Hướng dẫn công tác thông tin/ }).click();
    await expect(dept.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(dept.page.locator('tr.task-row-highlighted')).toContainText('Hướng dẫn công tác thông tin, tuyên truyền');
    await dept.context.close();

    // Phường Việt Trì: reached through "UBND cấp xã" and "Các cơ quan, đơn vị, địa phương".
    const ward = await loginInNewContext(browser, 'viettri.officer', `/tasks?planId=${planId}`);
    await expect(ward.page.getByRole('heading', { level: 1, name: 'Nhiệm vụ của tôi' })).toBeVisible();
    const wardRows = ward.page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(wardRows.filter({ hasText: 'Theo nhóm: UBND cấp xã' }).first()).toBeVisible();
    await expect(wardRows.filter({ hasText: 'Theo nhóm: Các cơ quan, đơn vị, địa phương' }).first()).toBeVisible();
    await expect(wardRows.filter({ hasText: 'Trực tiếp' })).toHaveCount(0);
    await ward.page.getByLabel('Vai trò').click();
    await ward.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('Phối hợp', { exact: true }).click();
    await expect(ward.page).toHaveURL(/role=COOPERATING/);
    await waitForIdle(ward.page);
    await expect(wardRows.filter({ hasText: 'Chủ trì' })).toHaveCount(0);
    await ward.context.close();
  });
});
