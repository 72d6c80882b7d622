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
export async function placeKeyLandmarks(
  page: Page,
  scan: Scan,
  count = KEY_LANDMARKS.length,
  from = 0,
): Promise<void> {
  if (from === 0) await page.getByRole('button', { name: /place the landmarks/ }).click();
  const lowest = await page.evaluate(() => window.__pointatlasPreview!.lowest());
  const shift = lowest.map((v, k) => v - scan.lowest[k]);
  for (let i = from; i < count; i++) {
    const key = KEY_LANDMARKS[i];
    await page.getByRole('heading', { name: new RegExp(`^${i + 1} of ${KEY_LANDMARKS.length}:`) }).waitFor();
    const [x, y, z] = scan.landmarks[key.name];
    const p: Vec3 = [x + shift[0], y + shift[1], z + shift[2]];
    const at = await page.evaluate((q) => {
      // the pixel within 15 px of the landmark's whose skin point is nearest it, within 4 cm: a landmark on the
      // outline or in a hollow (an inner ankle, an armpit seen from the front) may be hidden from its own pixel
      const hook = window.__pointatlasPreview!;
      const c = hook.project(q);
      if (!c) return null;
      let best: { x: number; y: number; d: number } | null = null;
      // ring by ring outwards; the first ring with a near enough hit wins (the best in it)
      for (let r = 0; r <= 15 && !best; r++)
        for (let dx = -r; dx <= r; dx++)
          for (let dy = -r; dy <= r; dy++) {
            if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
            const s = hook.skinAt(c.x + dx, c.y + dy);
            const d = s ? Math.hypot(s[0] - q[0], s[1] - q[1], s[2] - q[2]) : Infinity;
            if (d < (r < 4 ? 0.015 : 0.04) && (!best || d < best.d)) best = { x: c.x + dx, y: c.y + dy, d };
          }
      return best;
    }, p);
    if (!at) throw new Error(`${key.name} is not on the skin where the preview shows it`);
    await page.mouse.click(at.x, at.y);
  }
}

/** Calibrates the placed key landmarks and names the body, leaving the dialog at its Save button. */
export async function calibrateAndName(page: Page, name: string, timeout = 120_000): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Add your body' });
  await dialog.getByRole('button', { name: /^Calibrate/ }).click();
  await dialog.getByRole('button', { name: /^Save this body/ }).waitFor({ timeout });
  await dialog.getByLabel('Name').fill(name);
}
