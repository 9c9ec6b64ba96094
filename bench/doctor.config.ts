import {resolve} from 'node:path';
import {defineConfig} from '@playwright/test';
import base from '../playwright.config';

/** `npm run bench:doctor`: the PAL doctor against slow fake tenants (50, 500, and a Lighthouse home tenant). Prints figures; asserts no timing. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /doctor\.bench\.ts/,
  timeout: 900_000,
  workers: 1,
  fullyParallel: false,
  projects: [{name: 'bench', use: {...base.use, trace: 'off', baseURL: `http://localhost:${Number(process.env.E2E_LIVE_PORT ?? 4174)}`}}],
  // The live-mode site only, served from the repository root.
  webServer: (Array.isArray(base.webServer) ? base.webServer.slice(1) : []).map((server) => ({...server, cwd: resolve(__dirname, '..')})),
});
