import { defineConfig, devices } from '@playwright/test';

// End-to-end tests against the real stack (MariaDB, Keycloak, backend, `vite preview`), which the
// repository's test script starts; there is deliberately no webServer block here.
// Uses Debian's Chromium: never run `playwright install` (browser downloads fail on this network).
const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1366, height: 900 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: './e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:5174',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      // the demo installation (E2E_BASE_URL)
      testIgnore: /organisation-setup\.spec\.ts/,
      use: { ...browser },
    },
    {
      // an installation with no data at all (E2E_EMPTY_BASE_URL: a second backend on an empty database,
      // which the test script starts); it creates its province once, so a retry could only fail
      name: 'empty-installation',
      testMatch: /organisation-setup\.spec\.ts/,
      retries: 0,
      use: { ...browser, baseURL: process.env.E2E_EMPTY_BASE_URL ?? 'http://localhost:5175' },
    },
  ],
});
