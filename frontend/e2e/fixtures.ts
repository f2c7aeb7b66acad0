import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

// Every spec imports `test` and `expect` from here: each test fails when a page of the app reported a
// Content-Security-Policy violation (the `securitypolicyviolation` event, or Chromium's console error),
// in the test's own context and in those made by loginInNewContext (support.ts). Keycloak's pages have
// a policy of their own and are not counted.

const APP_ORIGIN = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:5174').origin;

const violations: string[] = [];
const watched = new WeakSet<BrowserContext>();

const fromApp = (url: string | undefined) => !!url && url.startsWith(APP_ORIGIN);

/** Records the CSP violations of the app's pages in this context (idempotent). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding('__cchcCspViolation', ({ page }, v: Record<string, string | number>) => {
    if (fromApp(String(v.documentURI))) {
      violations.push(
        `${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile || v.documentURI}:${v.lineNumber} on ${page.url()}${v.sample ? ` «${v.sample}»` : ''}`,
      );
    }
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cchcCspViolation?: (v: unknown) => void }).__cchcCspViolation;
      report?.({
        documentURI: e.documentURI,
        effectiveDirective: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        lineNumber: e.lineNumber,
        sample: e.sample,
      });
    });
  });
  const onPage = (page: Page) =>
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text()) && fromApp(page.url())) {
        violations.push(`console on ${page.url()}: ${msg.text()}`);
      }
    });
  context.pages().forEach(onPage);
  context.on('page', onPage);
}

export const test = base.extend<{ cspGuard: void }>({
  context: async ({ context }, use) => {
    await watchCsp(context);
    await use(context);
  },
  cspGuard: [
    async ({ context }, use) => {
      void context; // makes sure the watched context exists
      violations.length = 0;
      await use();
      // a violation also shows on the console: the first report of each is enough
      expect([...new Set(violations)], 'Content-Security-Policy violations on the app pages').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
