import {defineConfig, devices} from '@playwright/test';
import {findChromium, NO_BROWSER_MESSAGE} from './scripts/browser.cjs';

/** Debian's Chromium when present (CI installs it); otherwise Playwright's own browser. */
const browser = findChromium();
// Without one, Playwright's own error names a cache path; this says what to install.
if (!browser) throw new Error(NO_BROWSER_MESSAGE);
const {executablePath} = browser;

/** Ports can be moved so that two checkouts can run their suites side by side. */
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4173);
export const LIVE_PORT = Number(process.env.E2E_LIVE_PORT ?? 4174);

/** Specs that need the build with a (test) app registration: real MSAL against the fakes. */
const LIVE_SPECS = /[\\/][^\\/]*live[^\\/]*\.spec\.ts$/;

export default defineConfig({
  testDir: './tests/e2e',
  timeout: 60_000,
  expect: {timeout: 10_000},
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      // Everything but the live specs runs against the demo-mode build.
      name: 'demo',
      testMatch: /\.spec\.ts$/,
      testIgnore: LIVE_SPECS,
      use: {baseURL: `http://localhost:${DEMO_PORT}`},
    },
    {
      name: 'live',
      testMatch: LIVE_SPECS,
      use: {baseURL: `http://localhost:${LIVE_PORT}`},
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs build ${DEMO_PORT}`,
      url: `http://localhost:${DEMO_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs build-live ${LIVE_PORT}`,
      url: `http://localhost:${LIVE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
