// The dermatome, auricular and NRT layers' screenshots (issue 5), 1280×800: the back with the NRT zones and a zone's
// panel, the dermatomes from the front and the back (with a level named under the pointer), and the ear close-up
// with the GB/T areas and the auricular points, and with the parts. `npm run screenshots -- --neuro-only`.
import { mkdirSync } from 'node:fs';
import { waitReady } from './browser.mjs';

const OUT = 'screenshots/neuro';

const SHOTS = [
  { name: 'nrt-back', query: 'layers=nrt&view=back', layer: 'nrt', search: 'L5 dermatome' },
  {
    name: 'dermatomes-front',
    query: 'layers=dermatomes&view=front',
    layer: 'dermatomes',
    hover: [0.5, 0.42],
  },
  { name: 'dermatomes-back', query: 'layers=dermatomes&view=back', layer: 'dermatomes', hover: [0.5, 0.5] },
  { name: 'ear-areas-points', query: 'layers=ear-areas,auricular&view=ear', layer: 'ear-areas' },
  { name: 'ear-parts', query: 'layers=ear-parts&view=ear', layer: 'ear-parts' },
];

/** Writes screenshots/neuro/<shot>-<body>.png for both bodies from a served build at `base`. */
export async function shootNeuro(browser, base) {
  mkdirSync(OUT, { recursive: true });
  for (const body of ['female', 'male']) {
    for (const s of SHOTS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${base}/?body=${body}&${s.query}`);
      await waitReady(page);
      await page.locator(`#layer-${s.layer}`).waitFor({ state: 'attached', timeout: 90_000 });
      if (s.search) {
        await page.getByRole('combobox').fill(s.search);
        await page.getByRole('option').first().waitFor();
        await page.getByRole('combobox').press('Enter');
        await page.getByTestId('zone-panel').waitFor();
      }
      await page.evaluate(() => globalThis.__pointatlas?.renderFrames(2));
      if (s.hover) {
        const box = await page.locator('canvas').boundingBox();
        await page.mouse.move(box.x + box.width * s.hover[0], box.y + box.height * s.hover[1], { steps: 3 });
        await page
          .getByTestId('zone-hover')
          .waitFor({ timeout: 15_000 })
          .catch(() => undefined);
      }
      await page.evaluate(() => globalThis.__pointatlas?.renderFrames(2));
      const file = `${OUT}/${s.name}-${body}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
}
