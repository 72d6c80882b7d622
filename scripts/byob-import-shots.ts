// Screenshots of "Add your body" (the import dialog, the guided calibration) and of the atlas on the imported body,
// at 1280×800 and 1920×1080, to screenshots/byob/. Serves the build in dist/ (run `npm run build` first).
// With --makehuman, the atlas and the ears on MakeHuman's body (Debian's assimp-testmodels, CC0; not committed) brought
// in the same way, its key landmarks clicked from tests/fixtures/makehuman-key-landmarks.json.
// Usage: npx tsx scripts/byob-import-shots.ts [--makehuman]
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { calibrateAndName, importScan, placeKeyLandmarks } from '../tests/e2e/byobFlow';
import { writeScan, writeSkinGlb } from '../tests/e2e/byobScan';
import { importBody } from '../src/bodyImport/importBody';
import { installNodeDom } from '../src/bodyImport/nodeDom';
import type { Vec3 } from '../src/core/vec';
// @ts-expect-error the script helpers are plain JavaScript
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const OUT = 'screenshots/byob';
mkdirSync(OUT, { recursive: true });
const makehuman = process.argv.includes('--makehuman');
const path = join(tmpdir(), makehuman ? 'byob-makehuman.glb' : 'byob-scan.glb');
const scan = makehuman ? await makehumanScan(path) : { path, ...(await writeScan(path)) };
const prefix = makehuman ? 'makehuman-' : '';

async function makehumanScan(path: string) {
  installNodeDom();
  const zae = '/usr/share/assimp/models/Collada/human.zae';
  const imported = await importBody('human.zae', new Uint8Array(readFileSync(zae)));
  const keys = JSON.parse(readFileSync('tests/fixtures/makehuman-key-landmarks.json', 'utf8'));
  return {
    path,
    landmarks: keys.landmarks as Record<string, Vec3>,
    ...(await writeSkinGlb(path, imported.skin)),
  };
}
const served = await servePreview(4179, { build: false });
const browser = await launchChromium();
try {
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    const page: Page = await browser.newPage({ viewport: { width: w, height: h } });
    const shot = async (name: string) => {
      await page.screenshot({ path: `${OUT}/${prefix}${name}-${w}.png` });
      console.log(`${OUT}/${prefix}${name}-${w}.png`);
    };
    await page.goto(`${served.base}/?view=front&layers=points,channels,npt,dermatomes`);
    await waitReady(page);
    await importScan(page, scan);
    await shot('import-dialog');
    await placeKeyLandmarks(page, scan, 8);
    await shot('calibration-step');
    await placeKeyLandmarks(page, scan, 27, 8);
    await calibrateAndName(page, makehuman ? 'MakeHuman' : 'Test scan');
    await shot('calibration-review');
    await page.getByRole('button', { name: /^Save this body/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 60_000 });
    await waitReady(page, 180_000);
    await page.waitForTimeout(300); // let the last labels settle (a screenshot, not a test)
    await shot('atlas-on-imported-body');
    // the ears, carried over from the reference body's ear map onto the scan's own ears
    for (const layer of ['ear-parts', 'auricular']) await page.getByTestId(`layer-toggle-${layer}`).check();
    for (const layer of ['points', 'channels', 'npt', 'dermatomes'])
      await page.getByTestId(`layer-toggle-${layer}`).uncheck();
    await page.getByRole('group', { name: 'Preset views' }).getByRole('button', { name: 'Ear' }).click();
    await waitReady(page, 60_000);
    await page.waitForTimeout(1500); // the camera's move (a screenshot, not a test)
    await shot('ear-on-imported-body');
    await page.close();
  }
} finally {
  await browser.close();
  served.stop();
}
