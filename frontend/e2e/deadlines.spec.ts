import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from './fixtures';
import {
  expectNoA11yViolations,
  issueOpenPlan,
  login,
  loginInNewContext,
  openTab,
  pickInSelect,
  randomNumber,
  waitForIdle,
} from './support';

// Phú Thọ: Sở Nội vụ drafts a plan whose appendix falls on the communes (every "UBND cấp xã" monthly,
// Phường Việt Trì in quarters II and III), gives it a quarterly report schedule and an on-request report
// due today, and issues it on 05/02/2026. Phường Việt Trì then finds its deadlines (list, month grid,
// calendar feed), marks a task done and is reminded in the bell; the coordinator follows every commune's
// implementing plan and exports it; the administrator keeps the working calendar.
//
// The tests run on the real clock: states are computed here from today's date in Vietnam over the
// official 2026/2027 calendar (shared/DOMAIN.md), never hard-coded.

const n = randomNumber();
const NUMBER = `${n}/KH-UBND`;
const TITLE = `Kế hoạch hạn xử lý tự động ${n}: tuyên truyền CCHC tỉnh Phú Thọ năm 2026`;
const VIETTRI = 'UBND phường Việt Trì';
const TABLE = [
  'TT\tNội dung, hình thức tuyên truyền\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện',
  'I\tNhiệm vụ của các địa phương\t\t\t',
  `1\tĐăng tải tin, bài về cải cách hành chính số ${n} trên Trang thông tin điện tử\tUBND cấp xã\t\tĐịnh kỳ hàng tháng`,
  `2\tTổ chức đối thoại với người dân về thủ tục hành chính số ${n}\t${VIETTRI}\t\tQuý II, III năm 2026`,
].join('\n');

// ---------------------------------------------------------------- the official calendar, by hand

/** 2026 as the Government decided it, 2027 as entered (provisional): DOMAIN.md "Public holidays". */
const HOLIDAYS = new Set([
  '2026-01-01',
  '2026-01-02',
  '2026-02-14',
  '2026-02-15',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-02-21',
  '2026-02-22',
  '2026-04-26',
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-08-29',
  '2026-08-30',
  '2026-08-31',
  '2026-09-01',
  '2026-09-02',
  '2027-01-01',
  '2027-02-04',
  '2027-02-05',
  '2027-02-06',
  '2027-02-07',
  '2027-02-08',
  '2027-02-09',
  '2027-02-10',
  '2027-04-16',
  '2027-04-30',
  '2027-05-01',
  '2027-05-03',
  '2027-09-02',
  '2027-09-03',
]);
const MAKE_UP = new Set(['2026-01-10', '2026-08-22']);

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
const isWorkingDay = (iso: string) => MAKE_UP.has(iso) || (!HOLIDAYS.has(iso) && weekday(iso) !== 0 && weekday(iso) !== 6);

function addWorkingDays(from: string, days: number): string {
  let d = from;
  for (let left = days; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to`; negative when `to` is before `from` (as the API counts). */
function countWorkingDays(from: string, to: string): number {
  if (to < from) return -countWorkingDays(to, from);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
  new Date(),
);
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** The last date within the reminder lead time (3 working days) of today. */
const SOON = addDays(addWorkingDays(TODAY, 4), -1);

/** The state of a deadline not met yet, as the API computes it today. */
function expectedState(due: string): string {
  if (due < TODAY) return 'Quá hạn';
  return due <= SOON ? 'Sắp đến hạn' : 'Chưa đến hạn';
}

/** "Còn 3 ngày làm việc", "Quá hạn 12 ngày làm việc"… for a deadline not met yet. */
function expectedTimeLeft(due: string): string {
  const left = countWorkingDays(TODAY, due);
  if (due < TODAY) return left < 0 ? `Quá hạn ${-left} ngày làm việc` : 'Đã quá hạn';
  if (due === TODAY) return 'Đến hạn hôm nay';
  return left > 0 ? `Còn ${left} ngày làm việc` : 'Không còn ngày làm việc nào trước hạn';
}

// ---------------------------------------------------------------- helpers

/**
 * Opens a plain (not searchable) antd Select and clicks an option, retried until the popup has
 * closed on it: a click while the popup still animates in can miss the option on a busy machine.
 */
async function choose(page: Page, select: Locator, option: string) {
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if (!(await popup.isVisible())) await select.click();
    await popup.getByText(option, { exact: true }).click({ timeout: 5_000 });
    await expect(popup).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

function deadlineRows(page: Page): Locator {
  return page.locator('.deadline-table .ant-table-tbody tr.ant-table-row');
}

/** The VEVENTs of an iCalendar text, each as its properties (lines unfolded, text unescaped). */
function icsEvents(body: string): Record<string, string>[] {
  const lines = body.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let event: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT' && event) {
      events.push(event);
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      event[line.slice(0, colon)] = line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  return events;
}

/** The files of a zip archive (an .xlsx is one), read with Node's zlib from the central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'end of the zip central directory').toBeGreaterThanOrEqual(0);
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const xmlText = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp|#\d+|#x[\da-fA-F]+);/g,
    (_, e: string) => ENTITIES[e] ?? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))),
  );

/** The first sheet of an .xlsx as rows of cell texts (row and column numbers as in Excel, from 1). */
function xlsxRows(bytes: Buffer): Map<number, Map<string, string>> {
  const files = unzip(bytes);
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    xmlText([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const sheet = files.get('xl/worksheets/sheet1.xml')?.toString('utf8');
  expect(sheet, 'the first sheet of the workbook').toBeTruthy();
  const rows = new Map<number, Map<string, string>>();
  for (const cell of sheet!.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, column, row, attributes, inner = ''] = cell;
    const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const inline = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1];
    const text = / t="s"/.test(attributes)
      ? shared[Number(value)]
      : inline !== undefined
        ? xmlText(inline.replace(/<[^>]+>/g, ''))
        : value !== undefined
          ? xmlText(value)
          : '';
    if (!rows.has(Number(row))) rows.set(Number(row), new Map());
    rows.get(Number(row))!.set(column, text);
  }
  return rows;
}

let planId = 0;

test.describe.serial('deadlines of a Phú Thọ plan, seen by Phường Việt Trì', () => {
  test('pt.coordinator drafts the plan, its appendix and report schedules, and issues it on 05/02/2026', async ({ page }) => {
    await login(page, 'pt.coordinator');
    await page.goto('/plans/new');
    await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(TITLE);
    await page.getByLabel('Năm', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    planId = Number(/\/plans\/(\d+)/.exec(page.url())![1]);

    // The appendix, pasted as from Word: a monthly task of every commune, a task of Phường Việt Trì.
    await openTab(page, /^Phụ lục/);
    await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
    await page.getByLabel('Dán bảng phụ lục từ Word/Excel').fill(TABLE);
    await page.getByRole('button', { name: 'Đọc thử' }).click();
    await expect(page.getByText('Đọc được 2 nhiệm vụ; 0 vấn đề cần xem lại.')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu tất cả' }).click();
    await expect(page.getByRole('tab', { name: 'Phụ lục (2)' })).toBeVisible();

    // The report schedules: none yet; the implementing-plan period comes from the plan.
    await openTab(page, 'Lịch báo cáo');
    const section = page.getByRole('region', { name: 'Lịch báo cáo' });
    await expect(section.getByText('Kế hoạch chưa có lịch báo cáo.')).toBeVisible();
    await expect(section.getByText('Thời hạn ban hành kế hoạch triển khai: 15 ngày làm việc kể từ ngày ban hành')).toBeVisible();

    // Phú Thọ's rule (seed 003): quarterly, before the 10th of the quarter's last month — the form's defaults.
    await section.getByRole('button', { name: 'Thêm lịch báo cáo' }).click();
    let dialog = page.getByRole('dialog', { name: 'Thêm lịch báo cáo' });
    await dialog.getByLabel('Tên lịch báo cáo').fill('Báo cáo định kỳ hằng quý');
    await expect(dialog.getByText('Hằng quý, trước ngày 10 của tháng cuối quý; số liệu tính theo kỳ dương lịch')).toBeVisible();
    await expectNoA11yViolations(page, 'the report schedule form');
    await dialog.getByRole('button', { name: 'Lưu lịch báo cáo' }).click();
    await expect(dialog).toBeHidden();
    const quarterly = section.getByRole('article', { name: 'Báo cáo định kỳ hằng quý' });
    await expect(
      quarterly.getByText('Hằng quý, trước ngày 10 của tháng cuối quý; số liệu tính theo kỳ dương lịch; gửi Sở Nội vụ tỉnh Phú Thọ'),
    ).toBeVisible();
    const periods = quarterly.getByRole('table');
    for (const [label, due] of [
      ['Quý I/2026', '10/03/2026'],
      ['Quý II/2026', '10/06/2026'],
      ['Quý III/2026', '10/09/2026'],
      ['Quý IV/2026', '10/12/2026'],
    ]) {
      await expect(
        periods.getByRole('row', { name: new RegExp(`^${label.replace('/', '\\/')} .* ${due.replace(/\//g, '\\/')}$`) }),
      ).toBeVisible();
    }

    // An on-request report due today. A fixed date for every quarter is refused: the server says why, beside the rule.
    await section.getByRole('button', { name: 'Thêm lịch báo cáo' }).click();
    dialog = page.getByRole('dialog', { name: 'Thêm lịch báo cáo' });
    await dialog.getByLabel('Tên lịch báo cáo').fill('Báo cáo chuyên đề theo yêu cầu');
    await dialog.getByLabel('Một ngày cố định').check();
    await typeDate(dialog.getByLabel('Ngày hạn'), vn(TODAY));
    await dialog.getByRole('button', { name: 'Lưu lịch báo cáo' }).click();
    const ruleItem = dialog.locator('.ant-form-item').filter({ has: page.getByText('Cách tính hạn gửi', { exact: true }) });
    await expect(ruleItem.getByText('một ngày hạn cố định chỉ dùng cho một kỳ hoặc báo cáo theo yêu cầu')).toBeVisible();
    await expectNoA11yViolations(page, 'the report schedule form with a server error');
    await choose(page, dialog.getByLabel('Kỳ báo cáo'), 'Theo yêu cầu');
    await dialog.getByRole('button', { name: 'Lưu lịch báo cáo' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByRole('article', { name: 'Báo cáo chuyên đề theo yêu cầu' })).toContainText(
      `Theo yêu cầu, trước ngày ${vn(TODAY)}; gửi Sở Nội vụ tỉnh Phú Thọ`,
    );
    await expectNoA11yViolations(page, 'the report schedules tab');

    // Issued on Thursday 05/02/2026: the implementing plans are due 15 working days later, Tết not counted:
    // 06/02 (1), 09–13/02 (2–6), [14–22/02 Tết and weekends], 23–27/02 (7–11), 02–05/03 (12–15) → 05/03/2026.
    await issueOpenPlan(page, NUMBER, '05/02/2026');
    expect(addWorkingDays('2026-02-05', 15)).toBe('2026-03-05');
    await openTab(page, 'Lịch báo cáo');
    await expect(section.getByText('Hạn ban hành kế hoạch triển khai: 05/03/2026')).toBeVisible();
  });

  test('viettri.officer finds its deadlines, in a list and on a month grid, and marks a task done', async ({ page }) => {
    test.skip(!planId, 'the plan was not issued');
    await login(page, 'viettri.officer', '/deadlines');
    await expect(page.getByRole('heading', { level: 1, name: 'Hạn xử lý' })).toBeVisible();
    await expect(page.getByText(/^Các việc phải hoàn thành đúng hạn của UBND phường Việt Trì và các đơn vị trực thuộc/)).toBeVisible();
    await pickInSelect(page, page.getByRole('combobox', { name: 'Kế hoạch' }), String(n), NUMBER);
    await expect(page).toHaveURL(new RegExp(`planId=${planId}`));
    await waitForIdle(page);

    // 1 implementing plan, 4 quarterly reports and the one due today, 11 monthly tasks (February to
    // December: January fell due before the plan was signed), quarters II and III of its own task.
    await expect(page.getByText('1–19 trên 19 hạn')).toBeVisible();
    const rows = deadlineRows(page);

    const implementing = rows.filter({ hasText: 'Ban hành kế hoạch triển khai' });
    await expect(implementing).toHaveCount(1);
    await expect(implementing).toContainText('05/03/2026');
    await expect(implementing).toContainText(expectedState('2026-03-05'));
    await expect(implementing).toContainText(expectedTimeLeft('2026-03-05'));
    await expect(implementing.getByRole('link', { name: new RegExp(`^${NUMBER}`) })).toHaveAttribute('href', `/plans/${planId}`);
    await expect(implementing).toContainText(VIETTRI);

    for (const [label, due] of [
      ['Quý I/2026', '2026-03-10'],
      ['Quý II/2026', '2026-06-10'],
      ['Quý III/2026', '2026-09-10'],
      ['Quý IV/2026', '2026-12-10'],
    ]) {
      const report = rows.filter({ hasText: `Báo cáo ${label}` });
      await expect(report).toHaveCount(1);
      await expect(report).toContainText(vn(due));
      await expect(report).toContainText(expectedState(due));
      await expect(report).toContainText('Báo cáo định kỳ hằng quý');
    }
    const onRequest = rows.filter({ hasText: 'Báo cáo chuyên đề theo yêu cầu' });
    await expect(onRequest).toContainText('Sắp đến hạn');
    await expect(onRequest).toContainText('Đến hạn hôm nay');

    // Monthly tasks fall due on the month's last day, even a Saturday (28/02) or a holiday (30/04): marked in words.
    const february = rows.filter({ hasText: 'Tháng 2/2026' });
    await expect(february).toContainText('28/02/2026');
    await expect(february).toContainText('Ngày nghỉ');
    await expect(february).toContainText(expectedState('2026-02-28'));
    await expect(rows.filter({ hasText: 'Tháng 4/2026' })).toContainText('Ngày nghỉ');
    await expect(rows.filter({ hasText: 'Tháng 3/2026' })).not.toContainText('Ngày nghỉ');
    await expect(rows.filter({ hasText: 'Nhiệm vụ I.1' })).toHaveCount(11);
    const own = rows.filter({ hasText: 'Nhiệm vụ I.2' });
    await expect(own).toHaveCount(2);
    await expect(own.first()).toContainText('30/06/2026');
    await expect(own.last()).toContainText('30/09/2026');
    await expectNoA11yViolations(page, 'the deadlines list');

    // Filters go to the URL: only the tasks.
    await choose(page, page.getByLabel('Loại hạn'), 'Nhiệm vụ');
    await expect(page).toHaveURL(/kind=TASK/);
    await waitForIdle(page);
    await expect(page.getByText('1–13 trên 13 hạn')).toBeVisible();

    // March's task, done today with its output: on time or late by today's date.
    const march = rows.filter({ hasText: 'Tháng 3/2026' });
    await march.getByRole('button', { name: /^Báo cáo hoàn thành/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận hoàn thành nhiệm vụ' });
    await expect(dialog.getByLabel('Sản phẩm đầu ra')).toBeFocused();
    await dialog.getByLabel('Sản phẩm đầu ra').fill(`Đã đăng 12 tin, bài về cải cách hành chính (${n})`);
    await expectNoA11yViolations(page, 'the dialog to mark a task done');
    await dialog.getByRole('button', { name: 'Ghi nhận hoàn thành' }).click();
    await expect(dialog).toBeHidden();
    const met = TODAY > '2026-03-31' ? 'Hoàn thành muộn' : 'Hoàn thành đúng hạn';
    await expect(page.getByText(`Đã ghi nhận hoàn thành: ${met}.`)).toBeVisible();
    await expect(march).toContainText(met);
    await expect(march).toContainText(`Hoàn thành ngày ${vn(TODAY)}`);
    await expect(march).toContainText(`Sản phẩm: Đã đăng 12 tin, bài về cải cách hành chính (${n})`);
    await expect(march.getByRole('button')).toHaveCount(0);

    // The month grid of March 2026, by keyboard: from the 1st, four days right is Thursday the 5th.
    await page.goto(`/deadlines?planId=${planId}&view=month&month=2026-03`);
    const grid = page.getByRole('table', { name: 'Hạn xử lý tháng 03/2026' });
    await expect(grid).toBeVisible();
    await waitForIdle(page);
    await expect(grid.getByRole('button', { name: /^Thứ Ba, 10\/03\/2026; 1 hạn/ })).toBeVisible();
    await expect(grid.getByRole('button', { name: /^Thứ Ba, 31\/03\/2026; 1 hạn/ })).toBeVisible();
    await grid.getByRole('button', { name: /^Chủ nhật, 01\/03\/2026/ }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    const day5 = grid.getByRole('button', { name: /^Thứ Năm, 05\/03\/2026; 1 hạn/ });
    await expect(day5).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(day5).toHaveAttribute('aria-pressed', 'true');
    const chosen = page.getByRole('region', { name: 'Các hạn ngày 05/03/2026' });
    await expect(chosen.locator('.deadline-table tr.ant-table-row')).toHaveCount(1);
    await expect(chosen).toContainText('Ban hành kế hoạch triển khai');
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('table', { name: 'Hạn xử lý tháng 04/2026' })).toBeVisible();
    await expect(page).toHaveURL(/month=2026-04/);
    await expect(page.getByRole('button', { name: /^Chủ nhật, 05\/04\/2026/ })).toBeFocused();
    await expect(page.getByRole('button', { name: /^Thứ Năm, 30\/04\/2026; Ngày nghỉ lễ: Ngày Chiến thắng; 1 hạn/ })).toBeVisible();
    await expectNoA11yViolations(page, 'the month grid');
  });

  test('viettri.officer subscribes to the deadlines in a calendar', async ({ page }) => {
    test.skip(!planId, 'the plan was not issued');
    await login(page, 'viettri.officer', '/deadlines');
    await page.getByRole('button', { name: 'Đăng ký lịch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đăng ký lịch hạn xử lý' });
    await expect(dialog).toContainText('Outlook');
    await expect(dialog).toContainText('Google Calendar');
    await expect(dialog).toContainText('Thunderbird');
    await dialog.getByRole('button', { name: /^Tạo đường dẫn/ }).click();
    const field = dialog.getByRole('textbox', { name: `Đường dẫn đăng ký lịch của ${VIETTRI}` });
    await expect(field).toHaveValue(/\/api\/v1\/units\/\d+\/deadlines\.ics\?token=[\w-]+&subtree=true$/);
    await expect(dialog.getByText('Hãy sao chép ngay: đường dẫn chỉ hiện một lần.')).toBeVisible();
    await expectNoA11yViolations(page, 'the calendar subscription');
    const url = await field.inputValue();

    // What Outlook would read, without signing in: one all-day event on each due date of the plan.
    const ics = await page.request.get(url);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    const body = await ics.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain(`X-WR-CALNAME:Hạn CCHC – ${VIETTRI}`);
    const events = icsEvents(body).filter((e) => e.DESCRIPTION?.startsWith(`${NUMBER} – ${TITLE}\n`));
    expect(events).toHaveLength(19);
    const on = (date: string) => events.filter((e) => e['DTSTART;VALUE=DATE'] === date.replace(/-/g, ''));
    expect(on('2026-03-05').map((e) => e.SUMMARY)).toEqual([`Hạn ban hành kế hoạch triển khai – ${VIETTRI}`]);
    expect(on('2026-03-05')[0]['DTEND;VALUE=DATE']).toBe('20260306');
    expect(on('2026-03-05')[0].DESCRIPTION).toBe(`${NUMBER} – ${TITLE}\nHạn: 05/03/2026`);
    expect(on('2026-03-10').map((e) => e.SUMMARY)).toEqual([`Hạn báo cáo Quý I/2026 – ${VIETTRI}`]);
    expect(on(TODAY).map((e) => e.SUMMARY)).toContainEqual(expect.stringMatching(new RegExp(`^Hạn báo cáo .* – ${VIETTRI}$`)));
    expect(
      on('2026-06-30')
        .map((e) => e.SUMMARY)
        .sort(),
    ).toEqual([`Hạn nhiệm vụ I.1 – ${VIETTRI}`, `Hạn nhiệm vụ I.2 – ${VIETTRI}`]);
    // the task marked done above: ticked and cancelled, with the day it was done
    const march = on('2026-03-31');
    expect(march.map((e) => e.SUMMARY)).toEqual([`✓ Hạn nhiệm vụ I.1 – ${VIETTRI}`]);
    expect(march[0].STATUS).toBe('CANCELLED');
    expect(march[0].DESCRIPTION).toContain(`Đã hoàn thành: ${vn(TODAY)}`);
    expect(events.filter((e) => e.STATUS === 'CONFIRMED')).toHaveLength(18);

    // Revoked, the URL stops working at once.
    await dialog.getByRole('button', { name: 'Thu hồi đường dẫn' }).click();
    await page.getByRole('dialog', { name: 'Thu hồi đường dẫn đăng ký?' }).getByRole('button', { name: 'Thu hồi đường dẫn' }).click();
    await expect(dialog.getByText('Bạn chưa có đường dẫn đăng ký lịch.')).toBeVisible();
    expect((await page.request.get(url)).status()).toBe(404);
  });

  test('viettri.officer is reminded in the bell of the report due today', async ({ page }) => {
    test.skip(!planId, 'the plan was not issued');
    await login(page, 'viettri.officer', '/deadlines');
    // The reminder job (every 10 s in the test stack, CCHC_REMINDERS_CRON) notices the report due today.
    const bell = page.getByRole('banner').getByRole('button', { name: /^Thông báo/ });
    const panel = page.getByRole('dialog', { name: 'Thông báo mới nhất' });
    const notice = panel
      .getByRole('listitem')
      .filter({ hasText: `theo Kế hoạch ${NUMBER}` })
      .filter({ hasText: `hạn ${vn(TODAY)}` });
    await expect(async () => {
      await page.reload();
      await expect(bell).toHaveAccessibleName(/^Thông báo: \d+ chưa đọc$/, { timeout: 3_000 });
      await bell.click();
      await expect(notice).toHaveCount(1, { timeout: 3_000 });
    }).toPass({ timeout: 60_000 });
    // the report due today, as the job wrote it: what, under which plan, when, how many working days left
    await expect(notice).toContainText('Sắp đến hạn');
    await expect(notice).toContainText('Chưa đọc');
    await expect(notice).toContainText(`Gửi báo cáo`);
    await expect(notice).toContainText(`hạn ${vn(TODAY)}, còn 0 ngày làm việc`);
    await expect(notice.getByRole('link')).toHaveAttribute('href', `/deadlines?planId=${planId}`);
    await expectNoA11yViolations(page, 'the notification panel');
    await panel.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await expect(bell).toHaveAccessibleName('Thông báo');
    await panel.getByRole('link', { name: 'Xem tất cả thông báo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
    await expect(page.locator('#main-content').getByRole('status')).toHaveText('0 thông báo chưa đọc');
    await expect(
      page.getByRole('list', { name: 'Danh sách thông báo' }).getByRole('listitem').filter({ hasText: NUMBER }).first(),
    ).toBeVisible();
    await expectNoA11yViolations(page, 'the notifications page');
  });

  test("pt.coordinator follows every commune's implementing plan, sorts and filters it, and exports it", async ({ page }) => {
    test.skip(!planId, 'the plan was not issued');
    await login(page, 'pt.coordinator', `/deadlines?view=units&planId=${planId}`);
    const table = page.getByRole('table', { name: 'Hạn ban hành kế hoạch triển khai của các đơn vị' });
    await expect(table).toBeVisible();
    await waitForIdle(page);
    const rows = table.locator('tr.ant-table-row');
    const unitNames = () => rows.locator('td:first-child').allInnerTexts();
    const collator = new Intl.Collator('vi');
    const sorted = (names: string[]) => [...names].sort(collator.compare);
    // every commune of Phú Thọ ("UBND cấp xã"): the three wards the seeds name and the 145 others of the national
    // list, each due 15 working days after 05/02/2026; 50 to a page
    const WARDS = ['UBND phường Nông Trang', VIETTRI, 'UBND phường Vĩnh Yên'];
    const COMMUNES = 148;
    const state = expectedState('2026-03-05');
    const overdue = state === 'Quá hạn' ? COMMUNES : 0;
    await expect(page.getByText(`0/${COMMUNES} đơn vị đã ban hành kế hoạch triển khai; ${overdue} đơn vị quá hạn.`)).toBeVisible();
    await expect(rows).toHaveCount(50);
    for (const ward of WARDS) {
      await page.getByLabel('Tìm đơn vị').fill(ward);
      await expect(rows).toHaveCount(1);
      await expect(rows).toContainText(ward);
      await expect(rows).toContainText('05/03/2026');
      await expect(rows).toContainText(state);
      await expect(rows).toContainText(expectedTimeLeft('2026-03-05'));
    }
    await page.getByLabel('Tìm đơn vị').fill('');
    await expect(rows).toHaveCount(50);
    await expectNoA11yViolations(page, "the coordinator's implementing-plan table");

    // Sorted by unit, by keyboard on the column header: A→Z in Vietnamese order, then Z→A.
    const unitHeader = table.getByRole('columnheader', { name: /^Đơn vị/ });
    await unitHeader.focus();
    await page.keyboard.press('Enter');
    await expect(unitHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await unitNames();
    expect(ascending).toEqual(sorted(ascending));
    await page.keyboard.press('Enter');
    await expect(unitHeader).toHaveAttribute('aria-sort', 'descending');
    const descending = await unitNames();
    expect(descending).toEqual(sorted(descending).reverse());
    expect(collator.compare(descending[0], ascending[ascending.length - 1])).toBeGreaterThan(0);

    // Filtered by state (in the URL): none has issued its plan on time; all are in today's state.
    await choose(page, page.getByRole('combobox', { name: 'Tình trạng' }), 'Hoàn thành đúng hạn');
    await expect(page).toHaveURL(/state=MET_ON_TIME/);
    await waitForIdle(page);
    await expect(table.getByText('Không có hạn ban hành kế hoạch triển khai nào phù hợp.')).toBeVisible();
    await expect(rows).toHaveCount(0);
    const STATE_KEYS: Record<string, string> = { 'Quá hạn': 'OVERDUE', 'Sắp đến hạn': 'DUE_SOON', 'Chưa đến hạn': 'OPEN' };
    await choose(page, page.getByRole('combobox', { name: 'Tình trạng' }), state);
    await expect(page).toHaveURL(new RegExp(`state=${STATE_KEYS[state]}`));
    await waitForIdle(page);
    await expect(rows).toHaveCount(50);
    await expect(page.getByText(`0/${COMMUNES} đơn vị đã ban hành kế hoạch triển khai; ${overdue} đơn vị quá hạn.`)).toBeVisible();

    // The unit search ignores diacritics; the file holds every unit of the plan and state, as it says.
    await page.getByLabel('Tìm đơn vị').fill('viet tri');
    await expect(page).toHaveURL(/q=viet(\+|%20)tri/);
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(VIETTRI);
    const exportButton = page.getByRole('button', { name: /Xuất Excel/ });
    await expect(exportButton).toHaveAccessibleDescription(
      'Tệp Excel gồm mọi đơn vị theo kế hoạch và tình trạng đã chọn, không lọc theo tên đơn vị.',
    );

    const downloading = page.waitForEvent('download');
    await exportButton.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`han-ke-hoach-trien-khai-${planId}.xlsx`);
    const sheet = xlsxRows(readFileSync(await download.path()));
    expect(sheet.get(1)?.get('A')).toBe('Theo dõi hạn thực hiện');
    expect([...(sheet.get(3)?.values() ?? [])]).toEqual([
      'Đơn vị',
      'Loại',
      'Kế hoạch',
      'Kỳ báo cáo / nhiệm vụ',
      'Hạn',
      'Trạng thái',
      'Ngày hoàn thành',
      'Số ngày làm việc còn lại',
    ]);
    const data = [...sheet.entries()].filter(([r]) => r > 3).map(([, cells]) => cells);
    expect(data).toHaveLength(COMMUNES);
    expect(data.map((c) => c.get('A'))).toEqual(expect.arrayContaining(WARDS));
    for (const cells of data) {
      expect(cells.get('B')).toBe('Kế hoạch triển khai');
      expect(cells.get('C')).toBe(`${NUMBER} – ${TITLE}`);
      expect(cells.get('E')).toBe('05/03/2026');
      expect(cells.get('F')).toBe(state);
      expect(cells.get('G') ?? '').toBe('');
      expect(Number(cells.get('H'))).toBe(countWorkingDays(TODAY, '2026-03-05'));
    }
  });

  test('the administrator keeps the working calendar; others read it', async ({ page, browser }) => {
    await login(page, 'admin', '/calendar?year=2026');
    await expect(page.getByRole('heading', { level: 1, name: 'Lịch làm việc' })).toBeVisible();
    const entries = page.getByRole('table', { name: 'Ngày nghỉ lễ và ngày làm bù năm 2026' });
    await expect(entries.getByRole('row').filter({ hasText: '17/02/2026' })).toContainText('Tết Nguyên đán (mùng 1)');
    await expect(entries.getByRole('row').filter({ hasText: '10/01/2026' })).toContainText('Ngày làm bù');
    await expect(page.getByText('Chính thức', { exact: true })).toBeVisible();

    // A date already in the calendar: the server's 409 is shown beside the date.
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm ngày nghỉ lễ hoặc ngày làm bù' });
    await typeDate(dialog.getByLabel('Ngày', { exact: true }), '01/01/2026');
    await dialog.getByLabel('Tên ngày').fill('Tết Dương lịch');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.locator('.ant-form-item').filter({ hasText: 'Ngày' }).first()).toContainText('đã có trong lịch');
    await expectNoA11yViolations(page, 'the calendar day form with an error');
    await dialog.getByRole('button', { name: 'Hủy' }).click();

    // The working-day calculator agrees with the implementing-plan deadline above.
    await typeDate(page.getByLabel('Từ ngày'), '05/02/2026');
    await page.getByRole('button', { name: 'Tính' }).click();
    await expect(page.getByText('15 ngày làm việc sau ngày 05/02/2026: Thứ Năm, 05/03/2026.')).toBeVisible();
    await expectNoA11yViolations(page, 'the working calendar (administrator)');

    const officer = await loginInNewContext(browser, 'viettri.officer', '/calendar?year=2027');
    await expect(officer.page.getByText('Lịch năm 2027 là dự kiến, chưa có quyết định của Chính phủ.')).toBeVisible();
    await expect(officer.page.getByText('Chỉ quản trị hệ thống được sửa lịch làm việc.')).toBeVisible();
    await expect(officer.page.getByRole('button', { name: 'Thêm ngày' })).toHaveCount(0);
    await expectNoA11yViolations(officer.page, 'the working calendar (read only)');
    await officer.context.close();
  });
});
