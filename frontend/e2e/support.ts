import { expect, type Browser, type Locator, type Page } from '@playwright/test';

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
