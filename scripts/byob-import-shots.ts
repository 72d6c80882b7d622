// Screenshots of "Add your body" (the import dialog, the guided calibration) and of the atlas on the imported body,
// at 1280×800 and 1920×1080, to screenshots/byob/. Serves the build in dist/ (run `npm run build` first).
// Usage: npx tsx scripts/byob-import-shots.ts
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { importScan, placeKeyLandmarks } from '../tests/e2e/byobFlow';
import { writeScan } from '../tests/e2e/byobScan';
// @ts-expect-error the script helpers are plain JavaScript
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const OUT = 'screenshots/byob';
mkdirSync(OUT, { recursive: true });
const path = join(tmpdir(), 'byob-scan.glb');
const scan = { path, ...(await writeScan(path)) };
const served = await servePreview(4179, { build: false });
const browser = await launchChromium();
try {
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    const page: Page = await browser.newPage({ viewport: { width: w, height: h } });
    const shot = async (name: string) => {
      await page.screenshot({ path: `${OUT}/${name}-${w}.png` });
      console.log(`${OUT}/${name}-${w}.png`);
    };
    await page.goto(`${served.base}/?view=front&layers=points,channels,npt,dermatomes`);
    await waitReady(page);
    await importScan(page, scan);
    await shot('import-dialog');
    await placeKeyLandmarks(page, scan, 8);
    await shot('calibration-step');
    await placeKeyLandmarks(page, scan, 27, 8);
    await page.getByRole('button', { name: /^Calibrate/ }).click();
    await page.getByRole('button', { name: /^Save this body/ }).waitFor({ timeout: 120_000 });
    await shot('calibration-review');
    await page.getByLabel('Name').fill('Test scan');
    await page.getByRole('button', { name: /^Save this body/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 60_000 });
    await waitReady(page, 180_000);
    await page.waitForTimeout(300); // let the last labels settle (a screenshot, not a test)
    await shot('atlas-on-imported-body');
    await page.close();
  }
} finally {
  await browser.close();
  served.stop();
}
