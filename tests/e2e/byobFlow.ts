import type { Page } from '@playwright/test';
import { KEY_LANDMARKS } from '../../src/core/calibration/keyLandmarks';
import type { Vec3 } from '../../src/core/vec';

/** The scan as writeScan (byobScan.ts) made it: where its landmarks were before the import moved it. */
export interface Scan {
  path: string;
  landmarks: Record<string, Vec3>;
  lowest: Vec3;
}

/** Opens "Add your body" and picks the scan, as a user does; resolves once the dialog shows what it found. */
export async function importScan(page: Page, scan: Scan): Promise<void> {
  await page.getByRole('button', { name: 'Add your body' }).click();
  await page.getByLabel('Choose a file').setInputFiles(scan.path);
  await page.getByText('Height').waitFor({ timeout: 60_000 });
}

/**
 * Places the first `count` key landmarks by clicking on the preview where each of the scan's landmarks is drawn
 * (the preview's projection, test hook), one at a time as the dialog asks for them.
 */
export async function placeKeyLandmarks(page: Page, scan: Scan, count = KEY_LANDMARKS.length): Promise<void> {
  await page.getByRole('button', { name: /place the landmarks/ }).click();
  const lowest = await page.evaluate(() => window.__pointatlasPreview!.lowest());
  const shift = lowest.map((v, k) => v - scan.lowest[k]);
  for (const [i, key] of KEY_LANDMARKS.slice(0, count).entries()) {
    await page.getByRole('heading', { name: new RegExp(`^${i + 1} of ${KEY_LANDMARKS.length}:`) }).waitFor();
    const [x, y, z] = scan.landmarks[key.name];
    const p: Vec3 = [x + shift[0], y + shift[1], z + shift[2]];
    const at = await page.evaluate((q) => window.__pointatlasPreview!.project(q), p);
    if (!at) throw new Error(`${key.name} is off the preview`);
    await page.mouse.click(at.x, at.y);
  }
}
