import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Browser, type Locator, type Page } from './fixtures';
import {
  bearer,
  createDraftPlan,
  expectNoA11yViolations,
  issueOpenPlan,
  login,
  loginInNewContext,
  openTab,
  randomNumber,
  readSeedAppendix,
  todayInVietnam,
  waitForIdle,
} from './support';

// Issue 5, "done when": the whole reporting cycle of a Phú Thọ plan in the browser. Sở Nội vụ issues the
// plan (seed 003's appendix, plus a dialogue task with a target) with a quarterly schedule; Sở VHTTDL and
// Phường Việt Trì report for Quý IV/2026 (Việt Trì with a link and a file; its leader sends it back once
// before sending it; Sở Nội vụ returns it, a stale monitor tab is refused with 409, the ward resends);
// Phường Nông Trang reports for Quý III/2026, whose due date (10/09/2026) has passed: late by the real
// clock, while Quý IV is on time until 10/12/2026 (expectations follow today's date in Vietnam). The
// monitor, the consolidation, the Word report and the spreadsheet are checked against the figures typed.

const seed = readSeedAppendix();
const n = randomNumber();
const title = `Kế hoạch báo cáo tự động ${n}: tuyên truyền CCHC tỉnh Phú Thọ`;
const number = `${n}/KH-UBND`;
const DIALOGUE_TASK = `Tổ chức đối thoại trực tiếp giữa lãnh đạo UBND cấp xã với người dân, doanh nghiệp về CCHC (${n})`;

const Q3 = { key: '2026-Q3', label: 'Quý III/2026', due: '2026-09-10' };
const Q4 = { key: '2026-Q4', label: 'Quý IV/2026', due: '2026-12-10' };

const today = todayInVietnam();
const q4OnTime = today <= Q4.due;
const q3OnTime = today <= Q3.due; // false since 11/09/2026: Nông Trang's report is late

// What the units type (Quý IV unless said otherwise) and what the consolidation must add up to.
const DEPT = { articles: 10, sessions: 2, participants: 150 };
const VIETTRI_FIRST = { dialogues: 2, participants: 80, articles: 5 };
const VIETTRI = { dialogues: 3, participants: 120, articles: 5 };
const NONGTRANG_Q3 = { dialogues: 1, participants: 40 };
const RETURN_REASON = `Bổ sung số cuộc đối thoại đã tổ chức trong quý (${n})`;

let planId = 0;
let dialogueNumber = '';
let expectedUnits = 0;

const PDF = Buffer.from('%PDF-1.4\n% bien ban doi thoai\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

// ---------------------------------------------------------------- helpers of this spec

/** Picks an option of an antd Select by its visible text (retried: the popup animates in). */
async function choose(page: Page, box: Locator, option: string | RegExp, search?: string) {
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if (!(await popup.isVisible())) await box.click();
    if (search !== undefined) await box.fill(search);
    await popup.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 5_000 });
    await expect(popup).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

async function confirmDialog(page: Page, ok = 'Đồng ý') {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: ok }).click();
  await expect(dialog).toBeHidden();
}

function item(page: Page, taskNo: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^Nhiệm vụ ${taskNo.replace('.', '\\.')}:`) });
}

/** A figure's field in a task's block, named "Tin, bài đăng tải (tin, bài) – Nhiệm vụ I.1" (antd prefixes "* ": required). */
function figureInput(page: Page, taskNo: string, metric: string): Locator {
  return item(page, taskNo).getByRole('spinbutton', { name: new RegExp(`^(\\* )?${escape(metric)} .*– Nhiệm vụ ${escape(taskNo)}$`) });
}

/** Fills one task of the report form: progress, output and figures (metric label → value). */
async function fillItem(page: Page, taskNo: string, status: string, output: string, figures: Record<string, number>) {
  const block = item(page, taskNo);
  await choose(page, block.getByRole('combobox', { name: `Tiến độ – Nhiệm vụ ${taskNo}` }), status);
  await block.getByRole('textbox', { name: `Sản phẩm, kết quả đạt được – Nhiệm vụ ${taskNo}` }).fill(output);
  for (const [metric, value] of Object.entries(figures)) {
    const input = figureInput(page, taskNo, metric);
    if ((await input.count()) === 0) {
      await choose(page, block.getByRole('combobox', { name: `Thêm số liệu cho nhiệm vụ ${taskNo}` }), metric);
      await expect(input).toBeFocused();
    }
    await input.fill(String(value));
  }
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A unit's officer starts the period's report from "My reports" and lands on it. */
async function startReport(page: Page, period: { label: string; due: string }) {
  await page.goto('/reports?tab=due');
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo của tôi' })).toBeVisible();
  await waitForIdle(page);
  // the unit may have periods of other plans to start: this plan's are picked out with the filter
  const filter = page.getByRole('tabpanel', { name: /^Cần lập/ }).getByRole('combobox', { name: 'Kế hoạch' });
  if (await filter.isVisible()) await choose(page, filter, `${number} – ${title}`, String(n));
  const start = page.getByRole('button', { name: `Lập báo cáo ${period.label} – ${number} – ${title}` });
  await expect(start).toBeVisible();
  // the due date as dd/MM/yyyy, flagged overdue once it has passed (by today's date in Vietnam)
  const row = page.getByRole('table', { name: 'Các kỳ báo cáo chưa lập' }).locator('tr', { has: start });
  await expect(row).toContainText(period.due.split('-').reverse().join('/'));
  if (today > period.due) await expect(row).toContainText(/Quá hạn.*quá hạn \d+ ngày làm việc/);
  else await expect(row).not.toContainText('Quá hạn');
  await start.click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Báo cáo ${escape(period.label)} – `) })).toBeVisible();
  await waitForIdle(page);
  return Number(/\/reports\/(\d+)/.exec(page.url())![1]);
}

async function uploadEvidence(page: Page, name: string) {
  const form = page.locator('form#evidence-file');
  await form.getByLabel('Tệp đính kèm').setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await form.getByRole('button', { name: 'Tải tệp lên' }).click();
  await expect(page.getByText(`Đã tải lên “${name}”.`)).toBeVisible();
  await expect(page.getByRole('button', { name: `Tải “${name}”` })).toBeVisible();
}

async function saveReport(page: Page) {
  await page.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(page.getByText('Đã lưu báo cáo.')).toBeVisible();
}

async function submitToLeader(page: Page) {
  await page.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
  await confirmDialog(page);
  await expect(page.getByText('Đã trình lãnh đạo duyệt.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Thông tin báo cáo' })).toContainText('Chờ phê duyệt');
}

/** The unit's leader opens the report from the approval inbox and approves it, which sends it. */
async function approveAsLeader(browser: Browser, leader: string, reportId: number, late: boolean, scan = false) {
  const { context, page } = await loginInNewContext(browser, leader, '/reports?tab=inbox');
  await expect(page.getByRole('tab', { name: /^Chờ tôi phê duyệt \(\d+\)$/ })).toHaveAttribute('aria-selected', 'true');
  const inbox = page.getByRole('table', { name: 'Báo cáo chờ phê duyệt' });
  await inbox.locator(`a[href="/reports/${reportId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${reportId}$`));
  await waitForIdle(page);
  // a leader reads it: nothing to edit
  await expect(page.getByRole('button', { name: 'Lưu báo cáo' })).toHaveCount(0);
  if (scan) await expectNoA11yViolations(page, 'a report awaiting approval (read-only, for the leader)');
  await page.getByRole('button', { name: 'Phê duyệt và gửi' }).click();
  const dialog = page.getByRole('dialog');
  if (late) await expect(dialog).toContainText('sẽ được ghi nhận gửi muộn');
  else await expect(dialog).not.toContainText('gửi muộn');
  await confirmDialog(page);
  await expect(page.getByText('Đã phê duyệt và gửi báo cáo.')).toBeVisible();
  const header = page.getByRole('region', { name: 'Thông tin báo cáo' });
  await expect(header).toContainText('Đã gửi');
  await expect(header).toContainText(late ? 'Muộn' : 'Đúng hạn');
  await context.close();
}

/** The rates table of the monitor: value cell of a row ("Đã gửi" → "2/7 (29%)"). */
function rate(page: Page, label: string): Locator {
  return page.locator('table.report-rate-totals tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) }).locator('td');
}

async function openMonitor(page: Page, period: { key: string; label: string; due: string }) {
  await page.goto(`/plans/${planId}?tab=reporting`);
  await expect(page.getByRole('heading', { level: 2, name: 'Tình hình gửi báo cáo' })).toBeVisible();
  const picker = page.getByLabel('Kỳ báo cáo');
  // the period due next is shown first; another is picked in the list (the choice goes into the URL)
  const due = period.due.split('-').reverse().join('/');
  const select = picker.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  if (!((await select.textContent()) ?? '').includes(period.label)) {
    await choose(page, picker, `${period.label} – hạn ${due}`);
    await expect(page).toHaveURL(new RegExp(`period=${period.key}`));
  }
  await expect(select).toContainText(`${period.label} – hạn ${due}`);
  await waitForIdle(page);
  await expect(page.locator('table.report-rate-totals caption')).toHaveText(`Tình hình gửi báo cáo ${period.label}`);
}

function pct(count: number, total: number) {
  return `${new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 }).format(total ? count / total : 0)}`;
}

function ratio(count: number, total: number) {
  return `${count}/${total} (${pct(count, total)})`;
}

// ---------------------------------------------------------------- reading the Office files

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/** The paragraphs of a .docx (word/document.xml), each as its runs' text joined. */
async function docxParagraphs(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''),
  );
}

/** The rows of the tables of a .docx, each as its cells' text (the cell's paragraphs joined by a space). */
async function docxTableRows(bytes: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
      [...tc[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
        .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join(''))
        .join(' ')
        .trim(),
    ),
  );
}

/** A sheet of an .xlsx as rows of cell texts (shared strings resolved, numbers as written). */
async function xlsxSheet(bytes: Buffer, name: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const shared = zip.file('xl/sharedStrings.xml');
  const strings = shared
    ? [...(await shared.async('string')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
        [...si[1].matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((t) => decode(t[1])).join(''),
      )
    : [];
  const sheet = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].find((m) => decode(m[1]) === name);
  expect(sheet, `sheet "${name}"`).toBeTruthy();
  const target = new RegExp(`Id="${sheet![2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${sheet![2]}"`).exec(rels)!;
  const path = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
  const xml = await zip.file(path)!.async('string');
  return [...xml.matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const c of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const col = c[1].split('').reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const type = /t="(\w+)"/.exec(c[2])?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(c[3] ?? '')?.[1];
      const inline = /<t(?: [^>]*)?>([^<]*)<\/t>/.exec(c[3] ?? '')?.[1];
      cells[col] = type === 's' ? strings[Number(v)] : type === 'inlineStr' ? decode(inline ?? '') : decode(v ?? '');
    }
    return Array.from(cells, (x) => x ?? '');
  });
}

/** The last row of a sheet (its totals), keyed by the header of its table (the row starting "TT"). */
function totalsRow(rows: string[][]): Record<string, string> {
  const header = rows.find((r) => r[0] === 'TT')!;
  const last = rows[rows.length - 1];
  return Object.fromEntries(header.map((h, i) => [h, last[i] ?? '']));
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

// ---------------------------------------------------------------- the story

test.describe.serial('reporting on a Phú Thọ plan, end to end', () => {
  test.setTimeout(240_000);

  test('Sở Nội vụ issues the plan with its appendix, a dialogue target and a quarterly schedule', async ({ page }) => {
    test.skip(!seed.text, `seed 003 not found at ${seed.path}: set CCHC_SEEDS_DIR`);
    await login(page, 'pt.coordinator');
    planId = await createDraftPlan(page, title);

    // the appendix of the real plan, through the import wizard
    await openTab(page, /^Phụ lục/);
    await page.getByRole('link', { name: 'Nhập từ văn bản' }).click();
    await page.getByLabel('Dán bảng phụ lục từ Word/Excel').fill(seed.text!);
    await page.getByRole('button', { name: 'Đọc thử' }).click();
    await expect(page.getByText('Đọc được 11 nhiệm vụ; 0 vấn đề cần xem lại.')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu tất cả' }).click();
    await expect(page.getByText('Đã lưu 11 nhiệm vụ vào phụ lục.')).toBeVisible();

    // a task with a measurable target (seed 004 II.3: at least 3 dialogues per commune) and the schedule
    // "before the 10th of each quarter's last month", sent to Sở Nội vụ: set up through the API, their
    // screens belong to other features
    const auth = { Authorization: await bearer(page) };
    const task = await page.request.post(`/api/v1/plans/${planId}/tasks`, {
      headers: auth,
      data: {
        sectionCode: 'III',
        sectionTitle: 'Nhiệm vụ bổ sung',
        content: DIALOGUE_TASK,
        lead: [{ group: 'COMMUNES' }],
        cooperating: [{ group: 'RELATED' }],
        expectedOutput: 'Ít nhất 3 cuộc đối thoại mỗi xã, phường',
        target: { quantity: 3, measure: 'cuộc đối thoại', metric: 'DIALOGUES', perUnit: true },
        timeframe: { text: 'Năm 2026' },
      },
    });
    expect(task.status(), await task.text()).toBe(201);
    const created = await task.json();
    dialogueNumber = `${created.sectionCode}.${created.orderNo}`;
    const schedule = await page.request.post(`/api/v1/plans/${planId}/report-schedules`, {
      headers: auth,
      data: { name: 'Báo cáo định kỳ hằng quý', periodType: 'QUARTER', dueRule: 'DAY_OF_LAST_MONTH', dueDay: 10 },
    });
    expect(schedule.status(), await schedule.text()).toBe(201);
    const occurrences: { key: string; dueOn: string }[] = (await schedule.json()).occurrences;
    expect(occurrences.find((o) => o.key === Q3.key)?.dueOn).toBe(Q3.due);
    expect(occurrences.find((o) => o.key === Q4.key)?.dueOn).toBe(Q4.due);

    await page.goto(`/plans/${planId}`);
    await issueOpenPlan(page, number, '02/03/2026');

    // the monitor before anyone reports: every expected unit missing
    await openMonitor(page, Q4);
    const rows = page.locator('table.report-rates-table tbody tr');
    expectedUnits = await rows.count();
    expect(expectedUnits).toBeGreaterThanOrEqual(4);
    for (const code of ['PT-SVHTTDL', 'PT-VIETTRI', 'PT-NONGTRANG', 'PT-VINHYEN']) {
      await expect(page.locator(`table.report-rates-table tr[data-unit="${code}"]`)).toContainText('Chưa lập');
    }
    await expect(page.locator('table.report-rates-table tr[data-unit="PT-SNV"]')).toHaveCount(0); // it receives
    await expect(rate(page, 'Phải báo cáo')).toHaveText(String(expectedUnits));
    await expect(rate(page, 'Đã gửi')).toHaveText(ratio(0, expectedUnits));
    await expect(rate(page, 'Chưa gửi')).toHaveText(ratio(expectedUnits, expectedUnits));
  });

  test('Sở VHTTDL writes its Quý IV report with figures and a file, its leader approves and sends it', async ({ browser }) => {
    test.skip(!planId, 'the plan was not created');
    const { context, page } = await loginInNewContext(browser, 'pt.vhttdl.officer', '/reports');
    await expect(page.getByRole('tab', { name: /^Cần lập \(\d+\)$/ })).toBeVisible();
    await expectNoA11yViolations(page, 'My reports (due periods)');
    const reportId = await startReport(page, Q4);

    // the form: pre-filled with the tasks that fall on the department; II.2 is the one it leads
    await expect(item(page, 'II.2')).toContainText('Chủ trì');
    await expect(item(page, 'I.1')).toBeVisible();
    await expect(item(page, dialogueNumber)).toHaveCount(0); // the communes' task
    await fillItem(page, 'II.2', 'Đã hoàn thành', 'Đã ban hành văn bản hướng dẫn, đăng 10 tin, bài', {
      'Tin, bài đăng tải': DEPT.articles,
    });
    await fillItem(page, 'I.4', 'Đang thực hiện', 'Tổ chức 2 hội nghị tập huấn', {
      'Lớp tập huấn, hội nghị': DEPT.sessions,
      'Người tham dự': DEPT.participants,
    });
    await page
      .getByRole('textbox', { name: 'Kết quả đạt được', exact: true })
      .fill('Sở đã hướng dẫn các cơ quan, đơn vị tuyên truyền CCHC.');
    await page.getByRole('textbox', { name: 'Đề xuất, kiến nghị', exact: true }).fill('Đề nghị bố trí kinh phí in tờ gấp.');
    await saveReport(page);
    // percent follows "done"; the saved figure is read back
    await expect(item(page, 'II.2').getByRole('spinbutton', { name: 'Tỷ lệ hoàn thành (%) – Nhiệm vụ II.2' })).toHaveValue('100');

    // a figure that is not a whole number is refused next to its field
    const sessions = figureInput(page, 'I.4', 'Lớp tập huấn, hội nghị');
    await sessions.fill('');
    await page.getByRole('button', { name: 'Lưu báo cáo' }).click();
    await expect(item(page, 'I.4').getByText('Nhập số liệu (số nguyên không âm) hoặc xóa dòng này.')).toBeVisible();
    await sessions.fill(String(DEPT.sessions));

    await uploadEvidence(page, 'huong-dan-tuyen-truyen.pdf');
    await expectNoA11yViolations(page, 'the report form, editable, with evidence');
    await submitToLeader(page);
    await context.close();

    await approveAsLeader(browser, 'pt.vhttdl.leader', reportId, !q4OnTime, true);
  });

  test('Phường Việt Trì reports Quý IV: its leader sends it back once, then sends it; Sở Nội vụ returns it; the ward sends it again', async ({
    browser,
  }) => {
    test.skip(!planId, 'the plan was not created');
    const officer = await loginInNewContext(browser, 'viettri.officer', '/reports');
    const reportId = await startReport(officer.page, Q4);
    const page = officer.page;
    // pre-filled with the ward's tasks: the communes' dialogue task (it leads, with the target) among them
    await expect(page.getByRole('region', { name: 'Thông tin báo cáo' })).toContainText('Dự thảo');
    await expect(page.getByRole('region', { name: 'Thông tin báo cáo' })).toContainText('10/12/2026');
    await expect(item(page, dialogueNumber)).toContainText('Chủ trì');
    await expect(item(page, dialogueNumber)).toContainText('Chỉ tiêu: 3 cuộc đối thoại mỗi đơn vị');
    await expect(item(page, 'I.1')).toBeVisible();
    await fillItem(page, dialogueNumber, 'Đang thực hiện', 'Đã tổ chức 2 cuộc đối thoại', {
      'Cuộc đối thoại': VIETTRI_FIRST.dialogues,
      'Người tham dự': VIETTRI_FIRST.participants,
    });
    await fillItem(page, 'I.1', 'Đã hoàn thành', 'Đăng 5 tin, bài trên trang thông tin điện tử phường', {
      'Tin, bài đăng tải': VIETTRI_FIRST.articles,
    });
    // a negative figure cannot be typed: the field keeps whole numbers from 0
    const articles = figureInput(page, 'I.1', 'Tin, bài đăng tải');
    await articles.fill('-4');
    await articles.blur();
    await expect(articles).not.toHaveValue(/-/);
    await articles.fill(String(VIETTRI_FIRST.articles));
    await page.getByRole('textbox', { name: 'Kết quả đạt được', exact: true }).fill('Phường đã tổ chức đối thoại với người dân.');
    await page.getByRole('textbox', { name: 'Tồn tại, hạn chế và nguyên nhân', exact: true }).fill('Một số tổ dân phố chưa có loa.');
    await saveReport(page);

    // evidence: a link for the dialogue task and a file; a file over 10 MB is refused next to the field
    const linkForm = page.locator('form#evidence-link');
    await linkForm.getByRole('textbox', { name: 'Tiêu đề' }).fill('Tin đối thoại trên cổng phường');
    await linkForm.getByRole('textbox', { name: 'Đường dẫn (http/https)' }).fill('https://viettri.phutho.gov.vn/tin-tuc/doi-thoai-cchc');
    await choose(page, linkForm.getByRole('combobox', { name: 'Cho nhiệm vụ' }), new RegExp(`^${escape(dialogueNumber)} – `));
    await linkForm.getByRole('button', { name: 'Thêm đường dẫn' }).click();
    await expect(page.getByText('Đã thêm đường dẫn.')).toBeVisible();
    const link = page.locator('.report-evidence-list').getByRole('link', { name: 'Tin đối thoại trên cổng phường' });
    await expect(link).toHaveAttribute('href', 'https://viettri.phutho.gov.vn/tin-tuc/doi-thoai-cchc');
    await expect(
      page.locator('.report-evidence-list li', { has: page.getByRole('link', { name: 'Tin đối thoại trên cổng phường' }) }),
    ).toContainText(`Nhiệm vụ ${dialogueNumber}`);
    const fileInput = page.locator('form#evidence-file').getByLabel('Tệp đính kèm');
    await fileInput.setInputFiles({ name: 'video-doi-thoai.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(11 * 1024 * 1024) });
    await page.locator('form#evidence-file').getByRole('button', { name: 'Tải tệp lên' }).click();
    await expect(page.getByText('Tệp “video-doi-thoai.mp4” lớn hơn 10 MB, không tải lên được.')).toBeVisible();
    await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
    await uploadEvidence(page, 'bien-ban-doi-thoai.pdf');
    await submitToLeader(page);

    // the leader sends it back once, with an instruction
    const SEND_BACK = `Ghi rõ số người dân tham dự từng cuộc đối thoại (${n})`;
    const leader = await loginInNewContext(browser, 'viettri.leader', '/reports?tab=inbox');
    await leader.page.getByRole('table', { name: 'Báo cáo chờ phê duyệt' }).locator(`a[href="/reports/${reportId}"]`).click();
    await waitForIdle(leader.page);
    await leader.page.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    const sendBack = leader.page.getByRole('dialog', { name: 'Trả lại để chỉnh sửa' });
    await expect(sendBack.getByRole('textbox', { name: 'Ý kiến chỉ đạo chỉnh sửa' })).toBeFocused();
    await leader.page.keyboard.type(SEND_BACK);
    await sendBack.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    await expect(sendBack).toBeHidden();
    await expect(leader.page.getByText('Đã trả lại báo cáo để chỉnh sửa.')).toBeVisible();
    await expect(leader.page.getByRole('region', { name: 'Thông tin báo cáo' })).toContainText('Dự thảo');
    await leader.context.close();

    // the officer reads the instruction, adds to the output, submits again; the leader approves and sends
    await page.goto(`/reports/${reportId}`);
    await waitForIdle(page);
    await expect(page.getByText('Lãnh đạo đã trả lại để chỉnh sửa')).toBeVisible();
    await expect(page.getByText(SEND_BACK).first()).toBeVisible();
    await item(page, dialogueNumber)
      .getByRole('textbox', { name: `Sản phẩm, kết quả đạt được – Nhiệm vụ ${dialogueNumber}` })
      .fill('Đã tổ chức 2 cuộc đối thoại, 80 người dân tham dự');
    // submitting saves what was typed first
    await submitToLeader(page);
    await officer.context.close();
    await approveAsLeader(browser, 'viettri.leader', reportId, !q4OnTime);

    // Sở Nội vụ returns it from the monitor, with a reason
    const coordinator = await loginInNewContext(browser, 'pt.coordinator');
    const cpage = coordinator.page;
    await openMonitor(cpage, Q4);
    // a second tab on the same monitor, left open: it goes stale
    const stale = await coordinator.context.newPage();
    await stale.goto(cpage.url());
    await waitForIdle(stale);
    const row = cpage.locator('table.report-rates-table tr[data-unit="PT-VIETTRI"]');
    await expect(row).toContainText('Đã gửi');
    await row.getByRole('button', { name: 'Trả lại báo cáo – UBND phường Việt Trì' }).click();
    const dialog = cpage.getByRole('dialog', { name: /Trả lại báo cáo/ });
    await expect(dialog.getByRole('textbox', { name: 'Lý do trả lại' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await expect(dialog.getByText('Vui lòng nhập lý do trả lại.')).toBeVisible();
    await expectNoA11yViolations(cpage, 'the return dialog with an error');
    await dialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(RETURN_REASON);
    await dialog.getByRole('button', { name: 'Trả lại báo cáo' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Bị trả lại');
    await expect(rate(cpage, 'Bị trả lại')).toHaveText(ratio(1, expectedUnits));

    // the stale tab still offers to accept it: the server refuses (409) and the page says what the state allows
    const staleRow = stale.locator('table.report-rates-table tr[data-unit="PT-VIETTRI"]');
    await staleRow.getByRole('button', { name: 'Tiếp nhận – UBND phường Việt Trì' }).click();
    await confirmDialog(stale);
    const refused = stale.getByRole('alert').filter({ hasText: 'Các thao tác có thể làm' });
    await expect(refused).toContainText('Các thao tác có thể làm: sửa nội dung, trình lãnh đạo duyệt.');
    await refused.getByRole('button', { name: 'Tải lại' }).click();
    await expect(staleRow).toContainText('Bị trả lại');
    await expect(staleRow.getByRole('button', { name: 'Tiếp nhận – UBND phường Việt Trì' })).toHaveCount(0);
    await coordinator.context.close();

    // the ward sees the reason, corrects the figures and sends it again
    const again = await loginInNewContext(browser, 'viettri.officer', '/reports?tab=unit');
    const unitTable = again.page.getByRole('table', { name: 'Báo cáo của đơn vị' });
    await expect(unitTable.locator('tr', { hasText: number })).toContainText(RETURN_REASON);
    await unitTable.locator(`a[href="/reports/${reportId}"]`).click();
    await expect(again.page.getByRole('alert').filter({ hasText: 'Báo cáo bị trả lại' })).toContainText(RETURN_REASON);
    await fillItem(again.page, dialogueNumber, 'Đã hoàn thành', 'Đã tổ chức 3 cuộc đối thoại', {
      'Cuộc đối thoại': VIETTRI.dialogues,
      'Người tham dự': VIETTRI.participants,
    });
    await saveReport(again.page);
    const history = again.page.getByRole('region', { name: 'Lịch sử xử lý' });
    await expect(history).toContainText(RETURN_REASON);
    await expect(history).toContainText(SEND_BACK);
    await submitToLeader(again.page);
    await again.context.close();
    await approveAsLeader(browser, 'viettri.leader', reportId, !q4OnTime);
  });

  test('Phường Nông Trang reports Quý III after its due date: sent late', async ({ browser }) => {
    test.skip(!planId, 'the plan was not created');
    expect(q3OnTime, 'Quý III/2026 was due on 10/09/2026: these tests run after it').toBe(false);
    const { context, page } = await loginInNewContext(browser, 'nongtrang.officer', '/reports');
    const reportId = await startReport(page, Q3);
    await expect(page.getByRole('region', { name: 'Thông tin báo cáo' })).toContainText('10/09/2026');
    // by keyboard alone: the figure is found by typing without diacritics, its field takes the focus
    const add = item(page, dialogueNumber).getByRole('combobox', { name: `Thêm số liệu cho nhiệm vụ ${dialogueNumber}` });
    await add.focus();
    await page.keyboard.type('doi thoai');
    await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')).toHaveText([
      'Cuộc đối thoại (cuộc)',
    ]);
    await page.keyboard.press('Enter');
    await expect(figureInput(page, dialogueNumber, 'Cuộc đối thoại')).toBeFocused();
    await page.keyboard.type(String(NONGTRANG_Q3.dialogues));
    await fillItem(page, dialogueNumber, 'Đang thực hiện', 'Đã tổ chức 1 cuộc đối thoại', {
      'Người tham dự': NONGTRANG_Q3.participants,
    });
    await saveReport(page);
    await expect(figureInput(page, dialogueNumber, 'Cuộc đối thoại')).toHaveValue(String(NONGTRANG_Q3.dialogues));
    await uploadEvidence(page, 'doi-thoai-quy-3.pdf');
    await submitToLeader(page);
    await context.close();
    await approveAsLeader(browser, 'nongtrang.leader', reportId, true);
  });

  test('Sở Nội vụ follows the rates, reminds the missing units, accepts, and consolidates Quý IV', async ({ browser }) => {
    test.skip(!planId, 'the plan was not created');
    const { context, page } = await loginInNewContext(browser, 'pt.coordinator');

    // Quý III: Nông Trang sent, late
    await openMonitor(page, Q3);
    await expect(rate(page, 'Đã gửi')).toHaveText(ratio(1, expectedUnits));
    await expect(rate(page, 'Gửi đúng hạn')).toHaveText(ratio(0, expectedUnits));
    await expect(page.locator('table.report-rates-table tr[data-unit="PT-NONGTRANG"]')).toContainText('Muộn');
    await expect(page.locator('table.report-rates-table tr[data-unit="PT-VIETTRI"]')).toContainText('Quá hạn');

    // Quý IV: the department and Việt Trì sent; accept both
    await openMonitor(page, Q4);
    const onTime = q4OnTime ? 2 : 0;
    await expect(rate(page, 'Đã gửi')).toHaveText(ratio(2, expectedUnits));
    await expect(rate(page, 'Gửi đúng hạn')).toHaveText(ratio(onTime, expectedUnits));
    await expect(rate(page, 'Chưa gửi')).toHaveText(ratio(expectedUnits - 2, expectedUnits));
    for (const [code, name] of [
      ['PT-SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ'],
      ['PT-VIETTRI', 'UBND phường Việt Trì'],
    ]) {
      const row = page.locator(`table.report-rates-table tr[data-unit="${code}"]`);
      await expect(row).toContainText(q4OnTime ? 'Đúng hạn' : 'Muộn');
      await row.getByRole('button', { name: `Tiếp nhận – ${name}` }).click();
      await confirmDialog(page);
      await expect(row).toContainText('Đã tiếp nhận');
    }
    await expect(rate(page, 'Đã tiếp nhận')).toHaveText(ratio(2, expectedUnits));
    await expect(page.getByRole('heading', { name: `Đơn vị chưa gửi báo cáo (${expectedUnits - 2})` })).toBeVisible();
    await expect(page.locator('.report-missing-list')).toContainText('UBND phường Nông Trang');
    await expectNoA11yViolations(page, "the coordinator's monitor");
    await page.getByRole('button', { name: 'Nhắc các đơn vị chưa báo cáo' }).click();
    await expect(page.locator('.report-reminded')).toHaveText(
      new RegExp(`^Đã nhắc ${expectedUnits - 2} đơn vị \\(\\d+ thư điện tử\\)\\.$`),
    );

    // the consolidation of Quý IV: what the two reports said, summed
    await page.getByRole('link', { name: 'Xem tổng hợp kết quả' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Tổng hợp kết quả ${Q4.label}` })).toBeVisible();
    await waitForIdle(page);
    await expect(page.getByRole('heading', { name: 'Báo cáo được tổng hợp (2)' })).toBeVisible();
    await expect(page.locator('.consolidation-included')).toContainText('UBND phường Việt Trì');
    await expect(page.locator('.consolidation-included')).toContainText('Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ');
    await expect(page.getByRole('heading', { name: `Đơn vị chưa được tổng hợp (${expectedUnits - 2})` })).toBeVisible();
    await expect(page.locator('.consolidation-not-included')).toContainText('UBND phường Nông Trang');
    const totals = page.locator('table.consolidation-totals');
    const total = (metric: string) => totals.locator(`tr[data-metric="${metric}"] td.num`);
    await expect(total('ARTICLES')).toHaveText(String(DEPT.articles + VIETTRI.articles));
    await expect(total('DIALOGUES')).toHaveText(String(VIETTRI.dialogues));
    await expect(total('PARTICIPANTS')).toHaveText(String(DEPT.participants + VIETTRI.participants));
    await expect(total('TRAINING_SESSIONS')).toHaveText(String(DEPT.sessions));
    // the dialogue target: 3 per commune, and every one of Phú Thọ's 148 communes leads it: 3 of 444, one ward reached it
    const dialogue = page.getByRole('region', { name: new RegExp(`^${escape(dialogueNumber)}\\. Tổ chức đối thoại trực tiếp`) });
    await expect(dialogue).toContainText('Đạt 3/444 cuộc đối thoại (0%)');
    await expect(dialogue).toContainText('1/148 đơn vị đạt chỉ tiêu');
    await expect(dialogue.locator('tr[data-unit="PT-VIETTRI"]')).toContainText('Cuộc đối thoại: 3 cuộc');
    // the charts have their data as text
    const figuresChart = page.getByRole('figure', { name: 'Số liệu theo hình thức tuyên truyền' });
    await expect(figuresChart.getByRole('img', { name: 'Số liệu theo hình thức tuyên truyền' })).toBeVisible();
    await expect(figuresChart.locator('table')).toContainText(`Người tham dự${DEPT.participants + VIETTRI.participants} người`);
    await expect(page.getByRole('figure', { name: 'Tỷ lệ nhiệm vụ hoàn thành theo đơn vị' }).locator('table')).toContainText(
      'UBND phường Việt Trì',
    );
    await expect(page.locator('.report-narrative')).toContainText('Phường đã tổ chức đối thoại với người dân.');
    await expectNoA11yViolations(page, 'the consolidation page');

    // the Word report in the layout of Decree 30, re-opened
    await page.getByLabel('Số văn bản (nếu đã cấp số)').fill('45');
    await page.getByLabel('Họ và tên người ký').fill('Trần Văn Tỉnh');
    const docx = await download(page, page.getByRole('button', { name: 'Tải báo cáo tổng hợp (Word)' }));
    expect(docx.name).toBe(`bao-cao-tong-hop-${planId}-${Q4.key}.docx`);
    const paragraphs = await docxParagraphs(docx.bytes);
    const text = paragraphs.join('\n');
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND TỈNH PHÚ THỌ', 'SỞ NỘI VỤ', 'BÁO CÁO']) {
      expect(
        paragraphs.map((p) => p.trim()),
        `the document has the line "${line}"`,
      ).toContain(line);
    }
    expect(text).toContain('Số: 45/BC-SNV');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('Trần Văn Tỉnh');
    expect(text).toContain(Q4.label);
    // III. the province's figures, one row per metric: TT, metric, measure, total
    const tableRows = await docxTableRows(docx.bytes);
    const figureRow = (metric: string) => tableRows.find((r) => r[1] === metric);
    expect(figureRow('Tin, bài đăng tải')?.slice(2)).toEqual(['tin, bài', String(DEPT.articles + VIETTRI.articles)]);
    expect(figureRow('Cuộc đối thoại')?.slice(2)).toEqual(['cuộc', String(VIETTRI.dialogues)]);
    expect(figureRow('Người tham dự')?.slice(2)).toEqual(['người', String(DEPT.participants + VIETTRI.participants)]);
    expect(figureRow('Lớp tập huấn, hội nghị')?.slice(2)).toEqual(['lớp, hội nghị', String(DEPT.sessions)]);

    // the spreadsheet's totals rows
    const xlsx = await download(page, page.getByRole('button', { name: 'Tải số liệu (Excel)' }));
    expect(xlsx.name).toBe(`so-lieu-${planId}-${Q4.key}.xlsx`);
    const figures = totalsRow(await xlsxSheet(xlsx.bytes, 'Số liệu'));
    expect(Number(figures['Tin, bài đăng tải (tin, bài)'])).toBe(DEPT.articles + VIETTRI.articles);
    expect(Number(figures['Cuộc đối thoại (cuộc)'])).toBe(VIETTRI.dialogues);
    expect(Number(figures['Người tham dự (người)'])).toBe(DEPT.participants + VIETTRI.participants);
    expect(Number(figures['Lớp tập huấn, hội nghị (lớp, hội nghị)'])).toBe(DEPT.sessions);
    const rates = totalsRow(await xlsxSheet(xlsx.bytes, 'Tình hình báo cáo'));
    expect(Number(rates['Đã gửi'])).toBe(2);
    expect(Number(rates['Đúng hạn'])).toBe(onTime);
    expect(Number(rates['Đã tiếp nhận'])).toBe(2);
    await context.close();
  });

  test('a ward downloads its own report as filed, and sees it accepted and read-only', async ({ browser }) => {
    test.skip(!planId, 'the plan was not created');
    const { context, page } = await loginInNewContext(browser, 'viettri.officer', '/reports?tab=unit');
    const row = page.getByRole('table', { name: 'Báo cáo của đơn vị' }).locator('tr', { hasText: number });
    await expect(row).toContainText('Đã tiếp nhận');
    await expect(row).toContainText(q4OnTime ? 'Đúng hạn' : 'Muộn');
    await expectNoA11yViolations(page, "My reports (the unit's reports)");
    await row.getByRole('link', { name: /^Mở báo cáo/ }).click();
    await waitForIdle(page);
    await expect(page.getByRole('button', { name: 'Lưu báo cáo' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Trình lãnh đạo duyệt' })).toHaveCount(0);
    const history = page.getByRole('region', { name: 'Lịch sử xử lý' }).getByRole('listitem');
    // created, submitted, sent back, submitted, approved, returned, submitted, approved, accepted
    await expect(history).toHaveCount(9);
    const own = await download(page, page.getByRole('button', { name: 'Tải báo cáo (Word)' }));
    const text = (await docxParagraphs(own.bytes)).join('\n');
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN PHƯỜNG VIỆT TRÌ',
      '/BC-UBND',
      'Nơi nhận:',
      'Sở Nội vụ tỉnh Phú Thọ (b/c)',
    ]) {
      expect(text, `the ward's document has "${line}"`).toContain(line);
    }
    expect(text).toMatch(/Số:\s*\/BC-UBND/);
    // the task table: the dialogue task as finally reported
    const dialogueRow = (await docxTableRows(own.bytes)).find((r) => r[0] === dialogueNumber);
    expect(dialogueRow?.[2]).toBe('Chủ trì');
    expect(dialogueRow?.[5]).toContain(`Cuộc đối thoại: ${VIETTRI.dialogues} cuộc`);
    expect(dialogueRow?.[5]).toContain(`Người tham dự: ${VIETTRI.participants} người`);
    await context.close();
  });
});
