import { expect, test, type Page } from '@playwright/test';
import { countViewPixels, openAtlas } from './helpers';

/** The legend swatch of a channel in a layer's group list, as a hex colour read from the page's computed style. */
async function legendHex(page: Page, layerTitle: string, channel: string): Promise<string> {
  const swatch = page
    .locator(`ul[aria-label="${layerTitle} groups"] label`, { hasText: new RegExp(`^${channel} `) })
    .locator('.swatch');
  const css = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = css.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

test('markers and channel lines are drawn in their legend colour', async ({ page }) => {
  // Stomach and Conception Vessel: the channels with most points in the front view
  await openAtlas(page, '?view=front&layers=points');
  const st = await legendHex(page, 'Channel points', 'ST');
  const cv = await legendHex(page, 'Channel points', 'CV');
  expect(st).toBe('#c25400'); // data/channels.json
  const [stMarkers, cvMarkers] = await countViewPixels(page, [st, cv]);
  // a marker's flat centre is a few pixels across: dozens of markers give well over a hundred exact pixels
  expect(stMarkers).toBeGreaterThan(40);
  expect(cvMarkers).toBeGreaterThan(20);

  await openAtlas(page, '?view=front&layers=channels');
  expect(await legendHex(page, 'Channel lines', 'ST')).toBe(st);
  const [stLine, cvLine] = await countViewPixels(page, [st, cv]);
  expect(stLine).toBeGreaterThan(40);
  expect(cvLine).toBeGreaterThan(20);
});
