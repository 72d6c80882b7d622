import { expect, type Page } from '@playwright/test';

/** Opens the app at `query` and waits until the body and every visible layer have drawn a frame. */
export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
}

/** Records every request the page makes, to check that none leaves the page's origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Screen position (CSS px, page coordinates) of a site's marker, from the app's own projection. */
export async function markerScreenPosition(
  page: Page,
  siteId: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => window.__pointatlas?.projectSite?.(id) ?? null, siteId);
}

/**
 * How many pixels of the 3D view have each of `hexes` (each channel within `tolerance` of 255), read from a
 * screenshot of the canvas as the user sees it; the panels over the canvas (and their legend swatches) are masked.
 */
export async function countViewPixels(page: Page, hexes: string[], tolerance = 3): Promise<number[]> {
  const png = await page.locator('.view-canvas canvas').screenshot({
    mask: [page.locator('.panel, .toolbar, [data-testid=notices]')],
    maskColor: '#ff00ff',
  });
  return page.evaluate(
    async ({ b64, hexes, tolerance }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const wanted = hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const counts = wanted.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        wanted.forEach((w, k) => {
          if (w.every((v, c) => Math.abs(data[p + c] - v) <= tolerance)) counts[k]++;
        });
      }
      return counts;
    },
    { b64: png.toString('base64'), hexes, tolerance },
  );
}
