import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test as base, type Page } from '@playwright/test';

/**
 * Playwright's `test` with a watch on the page's Content-Security-Policy over every test of the suite: each
 * `securitypolicyviolation` event of the page (on every navigation) and each violation the browser logs (workers
 * too) is recorded, and a test that caused any fails after its own checks.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const seen: string[] = [];
      await page.exposeFunction('__pointatlasCspViolation', (text: string) => seen.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __pointatlasCspViolation?: (t: string) => void })
            .__pointatlasCspViolation;
          report?.(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
          );
        });
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(m.text());
      });
      await use(seen);
      baseExpect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
export const expect = baseExpect;

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
 * The hex `top` stands for the background: the colour at the top centre of the view.
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
      // 'top': the colour at the top centre of the view, above the body (its background)
      const top = ((bitmap.width >> 1) + 2 * bitmap.width) * 4;
      const wanted = hexes.map((h) =>
        h === 'top'
          ? [0, 1, 2].map((c) => data[top + c])
          : [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)),
      );
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

/**
 * The body's silhouette in the 3D view, from a screenshot: the centre and extent of what differs from the stage
 * background, in units of the view's height measured from its centre, and the share of the central square (0.6 of
 * the height wide) that it fills — so the same camera gives the same figures in views of different sizes (extents
 * only while the body is not cut by the view's edges). Elements over the view given in `mask` are left out.
 */
export async function viewSilhouette(
  page: Page,
  mask: string,
): Promise<{ cx: number; cy: number; h: number; w: number; fill: number }> {
  const png = await page.locator('.view-canvas canvas').screenshot({
    mask: [page.locator(mask)],
    maskColor: '#ff00ff',
  });
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const { width: W, height: H } = bitmap;
    const ctx = new OffscreenCanvas(W, H).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const d = ctx.getImageData(0, 0, W, H).data;
    // the background: the commonest colour that is not the mask's
    const freq = new Map<number, number>();
    for (let p = 0; p < d.length; p += 4 * 7) {
      if (d[p] > 250 && d[p + 1] < 5 && d[p + 2] > 250) continue;
      const k = (d[p] << 16) | (d[p + 1] << 8) | d[p + 2];
      freq.set(k, (freq.get(k) ?? 0) + 1);
    }
    const top = [...freq.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const bg = [top >> 16, (top >> 8) & 255, top & 255];
    let x0 = W,
      x1 = -1,
      y0 = H,
      y1 = -1,
      sx = 0,
      sy = 0,
      n = 0,
      inner = 0;
    const half = 0.3 * H;
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++) {
        const p = (y * W + x) * 4;
        const magenta = d[p] > 250 && d[p + 1] < 5 && d[p + 2] > 250;
        const diff = Math.abs(d[p] - bg[0]) + Math.abs(d[p + 1] - bg[1]) + Math.abs(d[p + 2] - bg[2]);
        if (magenta || diff < 40) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        sx += x;
        sy += y;
        n++;
        if (Math.abs(x - W / 2) < half && Math.abs(y - H / 2) < half) inner++;
      }
    const fill = inner / (4 * half * half);
    if (n === 0) return { cx: NaN, cy: NaN, h: 0, w: 0, fill };
    return { cx: (sx / n - W / 2) / H, cy: (sy / n - H / 2) / H, h: (y1 - y0) / H, w: (x1 - x0) / H, fill };
  }, png.toString('base64'));
}

/** Waits until the camera has stopped moving (a flight between views has ended) and returns its pose. */
export async function cameraSettled(page: Page): Promise<number[]> {
  await expect
    .poll(() => page.evaluate(() => window.__pointatlas?.cameraAtRest?.() ?? false), { timeout: 60_000 })
    .toBe(true);
  return page.evaluate(() => window.__pointatlas?.cameraPose?.() ?? []);
}

/**
 * Pixels within 40 of colour `hex` (each channel) in a clip of the page, read from a screenshot (what is really on
 * screen, DOM overlays included).
 */
export async function pixelsOfColour(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  hex: string,
): Promise<number> {
  const png = await page.screenshot({ clip });
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return page.evaluate(
    async ([b64, [r, g, b]]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const g2 = c.getContext('2d')!;
      g2.drawImage(bmp, 0, 0);
      const d = g2.getImageData(0, 0, bmp.width, bmp.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if (Math.abs(d[i] - r) < 40 && Math.abs(d[i + 1] - g) < 40 && Math.abs(d[i + 2] - b) < 40) n++;
      return n;
    },
    [png.toString('base64'), rgb] as const,
  );
}

/**
 * An axe-core audit of what the page shows: no serious or critical violation. The whole page is checked (the 3D
 * canvas too, as an element); no rule is turned off. Each failure names the rule, its help and the elements.
 */
export async function audit(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  baseExpect(bad, `axe violations on ${screen}`).toEqual([]);
}
