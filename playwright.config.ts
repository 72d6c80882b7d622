import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Chromium flags that give WebGL2 through SwiftShader headless and keep the log clean (toolchain.md); one list for
 * the tests and the scripts (scripts/browser.mjs). */
const CHROMIUM_ARGS: string[] = JSON.parse(
  readFileSync(new URL('./scripts/chromium-args.json', import.meta.url), 'utf8'),
);

/** PA_PORT_OFFSET moves every port, so that several checkouts can run their tests side by side. */
const PORT = 4173 + Number(process.env.PA_PORT_OFFSET ?? 0);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 45_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // the service worker is off except in the offline spec: requests it serves would bypass page.route()
    serviceWorkers: 'block',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `VITE_CONFIG_NATIVE_IGNORE_WARNING=true node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --strictPort --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
