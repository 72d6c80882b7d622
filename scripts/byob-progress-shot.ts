// Screenshots of the engine's progress bar while it computes the layers of an imported body (the layer panel, mid
// run), at 1280×800 and 1920×1080, to screenshots/byob/. Serves the build in dist/ (run `npm run build` first).
// Usage: npx tsx scripts/byob-progress-shot.ts
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { calibrateAndName, importScan, placeKeyLandmarks } from '../tests/e2e/byobFlow';
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
    await page.goto(`${served.base}/?view=front&layers=points,channels`);
    await waitReady(page);
    await importScan(page, scan);
    await placeKeyLandmarks(page, scan, 27);
    await calibrateAndName(page, 'Test scan');
    await page.getByRole('button', { name: /^Save this body/ }).click();
    // mid run: the bar is past the skin index, in the channels
    const bar = await page.waitForFunction(
      () => {
        const p = document.querySelector<HTMLProgressElement>(
          'progress[aria-labelledby="atlas-progress-label"]',
        );
        return p && p.value > 15 && p.value < 80 ? p : null;
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    const text = await bar.evaluate((p) => p.getAttribute('aria-valuetext'));
    await page.screenshot({ path: `${OUT}/progress-${w}.png` });
    await page.locator('.layer-panel').screenshot({ path: `${OUT}/progress-panel-${w}.png` });
    console.log(`${OUT}/progress-${w}.png (${text})`);
    await waitReady(page, 180_000);
    await page.close();
  }
} finally {
  await browser.close();
  served.stop();
}
