import { type Page } from '@playwright/test';
import { expect, markerScreenPosition, openAtlas, test } from './helpers';

const AREA_HEX = '#1098ad'; // src/state/expertSpreadLayer.ts EXPERT_SPREAD_COLOUR, also the layer's legend swatch

/**
 * Pixels of the 3D view within `tolerance` of `hex` in a ring of radii [inner, outer] CSS px around a page position
 * (the panels over the view masked out). The inner radius leaves out the marker drawn at the site itself.
 */
async function ringPixels(
  page: Page,
  at: { x: number; y: number },
  inner: number,
  outer: number,
  hex: string,
  tolerance = 4,
): Promise<number> {
  const canvas = page.locator('.view-canvas canvas');
  const box = (await canvas.boundingBox())!;
  const png = await canvas.screenshot({
    mask: [page.locator('.panel, .toolbar, [data-testid=notices]')],
    maskColor: '#ff00ff',
  });
  return page.evaluate(
    async ({ b64, cx, cy, inner, outer, hex, tolerance }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let y = Math.max(0, Math.floor(cy - outer)); y < Math.min(height, cy + outer); y++)
        for (let x = Math.max(0, Math.floor(cx - outer)); x < Math.min(width, cx + outer); x++) {
          const r = Math.hypot(x - cx, y - cy);
          if (r < inner || r > outer) continue;
          const p = (y * width + x) * 4;
          if (want.every((v, c) => Math.abs(data[p + c] - v) <= tolerance)) n++;
        }
      return n;
    },
    { b64: png.toString('base64'), cx: at.x - box.x, cy: at.y - box.y, inner, outer, hex, tolerance },
  );
}

test('the expert spread layer draws the measured areas on the skin, and the panel cites the study', async ({
  page,
}) => {
  // a close view of the legs from the front: ST36 and ST38 face the camera
  await openAtlas(page, '?view=front&layers=channels&cam=0.1,0.36,0.75,0.1,0.36,0');
  const st36 = await markerScreenPosition(page, 'ST36.L');
  expect(st36, 'ST36.L in view').not.toBeNull();
  expect(await ringPixels(page, st36!, 8, 90, AREA_HEX)).toBeLessThan(10);

  const toggle = page.getByTestId('layer-toggle-expert-spread');
  await expect(toggle).toBeAttached({ timeout: 90_000 });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  // the area's outline is drawn in the layer's colour round the site (the marker at the centre is left out)
  await expect.poll(() => ringPixels(page, st36!, 8, 90, AREA_HEX), { timeout: 60_000 }).toBeGreaterThan(80);
  // hover names the area, a click selects the point and its panel gives the figure and the study
  await page.mouse.move(st36!.x, st36!.y, { steps: 3 });
  await expect(page.locator('.point-label', { hasText: '20.7 cm²' }).first()).toBeVisible();
  await page.mouse.click(st36!.x, st36!.y);
  const spread = page.getByTestId('point-panel').getByTestId('expert-spread');
  await expect(spread).toContainText('20.7 cm²');
  await expect(spread).toContainText('circle of equal area');
  await spread.getByRole('button', { name: /Molsberger et al\. 2012/ }).click();
  const record = page.getByTestId('source-record');
  await expect(record).toContainText('European Journal of Pain 16:1264-1270');
  await expect(record).toContainText('Abstract, Results');
});

test('a point no study measured says so in its panel', async ({ page }) => {
  await openAtlas(page, '?view=front&point=LI4&side=L');
  const spread = page.getByTestId('point-panel').getByTestId('expert-spread');
  await expect(spread).toContainText('No study has measured how far practitioners disagree');
  await expect(spread).not.toContainText('cm²');
});
