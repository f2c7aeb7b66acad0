import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { watchCsp } from './fixtures';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'Demo@2026';

/** The four seed plans (titles as in the seed documents; matched ignoring case). */
export const SEED = {
  hyDraft: /Tuyên truyền cải cách hành chính tỉnh Hưng Yên năm 2026/i,
  hyIssued: /nâng cao hiệu quả quản trị và hành chính công tỉnh Hưng Yên năm 2026/i,
  ptDraft: /Thông tin, tuyên truyền cải cách hành chính tỉnh Phú Thọ năm 2026/i,
  namDan: /^\s*Tuyên truyền Cải cách hành chính năm 2026\s*$/i,
};

/** Opens the SPA, signs in on Keycloak's real login page and waits for the plan list. */
export async function login(page: Page, username: string, path = '/plans') {
  await page.goto(path);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await expect(page.locator('#main-content')).toBeVisible();
  await waitForIdle(page);
}

/** A fresh browser context signed in as the user (each user gets their own cookies). */
export async function loginInNewContext(browser: Browser, username: string, path = '/plans') {
  const context = await browser.newContext();
  await watchCsp(context);
  const page = await context.newPage();
  await login(page, username, path);
  return { context, page };
}

/** Waits until no antd spinner or skeleton is showing. */
export async function waitForIdle(page: Page) {
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0);
}

export function planTable(page: Page): Locator {
  return page.getByRole('table');
}

/** The data rows of the plan table (not the antd placeholder row of an empty table). */
export function planRows(page: Page): Locator {
  return page.locator('.ant-table-tbody tr.ant-table-row');
}

export function planLink(page: Page, title: RegExp | string): Locator {
  return planTable(page).getByRole('link', { name: title });
}

/** Types into the plan search box and waits for the debounced URL update and the reloaded table. */
export async function searchPlans(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await box.fill(text);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text).replace(/%20/g, '(\\+|%20)')}(&|$)`));
  await waitForIdle(page);
}

/** The id of a plan, read from the link in the list. */
export async function planIdFromList(page: Page, title: RegExp | string): Promise<number> {
  const href = await planLink(page, title).first().getAttribute('href');
  const id = Number(/\/plans\/(\d+)/.exec(href ?? '')?.[1]);
  expect(id, `id of ${title}`).toBeGreaterThan(0);
  return id;
}

/** A short random number for unique titles and plan numbers. */
export function randomNumber(): number {
  return 1000 + Math.floor(Math.random() * 89000);
}

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Scans the page with axe (WCAG 2.0/2.1 A and AA) and fails on any violation. */
export async function expectNoA11yViolations(page: Page, what: string) {
  await waitForIdle(page);
  const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n  ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** The frontend folder: relative seed paths are taken from there. */
const FRONTEND_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * The appendix table of seed 003 (Phú Thọ), from the line "PHỤ LỤC" to the end, read from the shared
 * seeds folder (never copied into the repository); null when the folder or file is missing.
 */
export function readSeedAppendix(file = '003_af5693127e7833b0.txt'): { text: string | null; path: string } {
  const path = resolve(FRONTEND_DIR, process.env.CCHC_SEEDS_DIR ?? '../../shared/seeds', file);
  if (!existsSync(path)) return { text: null, path };
  const lines = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.startsWith('PHỤ LỤC'));
  return { text: start < 0 ? null : lines.slice(start).join('\n'), path };
}

/** Creates a draft plan with the form's defaults (kind, year, the user's unit) and opens it. */
export async function createDraftPlan(page: Page, title: string) {
  await page.goto('/plans/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Tạo kế hoạch' })).toBeVisible();
  await waitForIdle(page);
  await page.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(title);
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/\d+$/);
  return Number(/\/plans\/(\d+)/.exec(page.url())![1]);
}

/** Issues the open draft through the issue dialog. */
export async function issueOpenPlan(page: Page, number: string, date = '20/02/2026') {
  await page.locator('#main-content').getByRole('button', { name: 'Ban hành', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Số hiệu').fill(number);
  const issuedOn = dialog.getByLabel('Ngày ban hành');
  await issuedOn.click();
  await issuedOn.fill(date);
  await issuedOn.press('Enter');
  await dialog.getByLabel('Họ và tên người ký').fill('Nguyễn Văn Kiểm');
  await dialog.getByLabel('Chức vụ người ký').fill('Phó Chủ tịch');
  await dialog.getByRole('button', { name: 'Ban hành' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Thông tin văn bản' })).toContainText('Đã ban hành');
}

/** Opens a plan's tab ("Phụ lục (11)", "Tình hình triển khai"…). */
export async function openTab(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name }).click();
  await waitForIdle(page);
}

/** The task rows of the appendix (or of the import preview), optionally of one section. */
export function taskRows(page: Page, section?: string): Locator {
  return page.locator(
    section === undefined ? 'table.task-table tbody tr.task-row' : `table.task-table tbody[data-section="${section}"] tr.task-row`,
  );
}

/**
 * Picks an entry of an antd (Tree)Select: opens it, types to filter, clicks the entry in the open popup.
 * Retried as a whole: a click that lands while the popup is still animating in or re-rendering its
 * filtered tree (the unit tree loads when the form opens) leaves the popup open and selects nothing.
 */
export async function pickInSelect(page: Page, box: Locator, search: string, entry: string) {
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await expect(async () => {
    if (!(await popup.isVisible())) await box.click();
    await box.fill(search);
    await popup.locator('.ant-select-tree-title, .ant-select-item-option-content', { hasText: entry }).first().click({ timeout: 5_000 });
    await expect(popup).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  // what the user sees in the closed select: the picked entry
  await expect(box.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]')).toContainText(entry);
}

/** The bearer token the SPA sends, read from one of its own API requests (for setup the UI of issue 4 does). */
export async function bearer(page: Page): Promise<string> {
  const request = page.waitForRequest((r) => r.url().includes('/api/v1/') && !!r.headers()['authorization']);
  await page.reload();
  return (await request).headers()['authorization'];
}

/** Today in Vietnam (yyyy-MM-dd), the server's "today". */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}
