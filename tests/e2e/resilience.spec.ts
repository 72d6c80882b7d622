import { countViewPixels, expect, openAtlas, test } from './helpers';

/** The ring of the selected marker (src/scene/billboardMaterial.ts: vec3(1.0, 0.84, 0.2)). */
const SELECTED_RING = '#ffd633';

/** Pixels of the view that differ from its background (the body, markers, lines), and the selected marker's ring. */
async function drawn(page: import('@playwright/test').Page) {
  const [ring, background] = await countViewPixels(page, [SELECTED_RING, 'top'], 3);
  const box = (await page.locator('.view-canvas canvas').boundingBox())!;
  return { ring, nonBackground: box.width * box.height - background };
}

test('a lost WebGL context is reported, and the same view is drawn again when it comes back, without a reload', async ({
  page,
}) => {
  await openAtlas(page, '?point=ST36&side=L');
  const before = await drawn(page);
  expect(before.ring).toBeGreaterThan(5);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.view-canvas canvas')!;
    const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { loseCtx: WEBGL_lose_context }).loseCtx = ext;
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
    ext.loseContext();
  });
  await expect(page.getByTestId('context-lost')).toBeVisible();
  await page.evaluate(() => (window as unknown as { loseCtx: WEBGL_lose_context }).loseCtx.restoreContext());
  await expect(page.getByTestId('context-lost')).toHaveCount(0);
  await expect
    .poll(async () => (await drawn(page)).ring, { timeout: 30_000 })
    .toBeGreaterThan(before.ring * 0.8);
  const after = await drawn(page);
  expect(after.nonBackground).toBeGreaterThan(before.nonBackground * 0.8);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(page.getByTestId('point-panel')).toContainText('ST36');
});

test('the built page carries its Content-Security-Policy, in the page and from the server', async ({
  page,
}) => {
  const response = await page.goto('/');
  const header = (await response!.allHeaders())['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [header, meta]) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
  }
  // the body (decoded by WebAssembly in a worker) and the layers draw under it; the suite's watch finds no violation
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
});
