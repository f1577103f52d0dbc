// The e2e suite drives the production build under a sub-path, as deployed.
import { defineConfig } from '@playwright/test';
import { browserLaunchOptions } from './scripts/browser.mjs';

const port = Number(process.env['E2E_PORT'] ?? 4322);
export const scormPort = Number(process.env['SCORM_E2E_PORT'] ?? 4341);
export const base = '/course/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // A learner's whole flow (15 assessment questions, an axe sweep light and dark) takes 10-20 s here,
  // and on a shared, busy 2-core machine over 30: a hung test still fails, just later.
  timeout: 60_000,
  retries: 0,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: browserLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      // --ignore-lock: several previews may run side by side (Astro 7 otherwise allows one per project).
      command: `astro preview --port ${port} --ignore-lock`,
      env: { BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://localhost:${port}${base}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    // A stand-in LMS serving the SCORM packages from scorm/*.zip (npm run build:scorm); see tests/e2e/scorm-harness/.
    {
      command: `node tests/e2e/scorm-harness/server.mjs --port ${scormPort}`,
      url: `http://localhost:${scormPort}/health`,
      reuseExistingServer: !process.env['CI'],
      timeout: 30_000,
    },
  ],
});
