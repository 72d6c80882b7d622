// Writes PNGs of both bodies from every preset view (1280×800) and key views (1920×1080) to screenshots/.
// Usage: npm run screenshots [-- --no-build] [--npt-only] [--neuro-only] [--regions [head,chest,...]]
// --regions: the per-region channel shots of issue 3 alone (scripts/regionShots.mjs), optionally only names starting so.
import { mkdirSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';
import { shootNeuro } from './neuroShots.mjs';
import { shootNpt } from './nptShots.mjs';
import { shootRegions } from './regionShots.mjs';

const OUT = 'screenshots';
const VIEWS = [
  'front',
  'back',
  'left',
  'right',
  'head',
  'hand-left',
  'hand-right',
  'foot-left',
  'foot-right',
  'ear',
];
const KEY_SHOTS = [
  { name: 'front-all-channels', query: 'view=front' },
  { name: 'selected-ST36-ruler', query: 'point=ST36&side=L' },
  { name: 'selected-LI20-alternative', query: 'point=LI20&side=L&alt=1' },
  { name: 'selected-LI4-ruler', query: 'point=LI4&side=L' },
  { name: 'ear-closeup', query: 'view=ear' },
  { name: 'search-hegu', query: 'view=front', search: 'hegu' },
];

mkdirSync(OUT, { recursive: true });
const neuroOnly = process.argv.includes('--neuro-only'); // dermatome, ear and NRT shots alone (scripts/neuroShots.mjs)
const nptOnly = neuroOnly || process.argv.includes('--npt-only'); // the NPT layer's shots alone (scripts/nptShots.mjs)
const regionsAt = process.argv.indexOf('--regions');
const regionsOnly =
  regionsAt >= 0 ? (process.argv[regionsAt + 1]?.match(/^[a-z][a-z,-]*$/)?.[0].split(',') ?? []) : null;
const { base, stop } = await servePreview(4175, { build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
if (regionsOnly) {
  try {
    await shootRegions(browser, base, regionsOnly.length > 0 ? regionsOnly : null);
  } finally {
    await browser.close();
    stop();
  }
  process.exit(0);
}
try {
  const shoot = async (viewport, name, query, search) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}/?${query}`);
    try {
      await waitReady(page);
    } catch {
      console.warn(`warning: ${name} never signalled ready; taking the picture as it is`);
    }
    if (search) {
      await page.getByRole('combobox').fill(search);
      await page.waitForSelector('[role="option"]');
    }
    await page.waitForTimeout(300);
    const file = `${OUT}/${name}.png`;
    try {
      await page.screenshot({ path: file, timeout: 90_000 });
      console.log(file);
    } catch (e) {
      console.warn(`warning: no picture of ${name}: ${e.message.split('\n')[0]}`);
    }
    await page.close();
  };
  if (!neuroOnly) await shootNpt(browser, base);
  if (neuroOnly || !process.argv.includes('--npt-only')) await shootNeuro(browser, base);
  for (const body of nptOnly ? [] : ['female', 'male']) {
    for (const view of VIEWS)
      await shoot({ width: 1280, height: 800 }, `${body}-${view}`, `body=${body}&view=${view}`);
  }
  for (const s of nptOnly ? [] : KEY_SHOTS) {
    await shoot({ width: 1280, height: 800 }, `key-${s.name}-1280`, s.query, s.search);
    await shoot({ width: 1920, height: 1080 }, `key-${s.name}-1920`, s.query, s.search);
  }
} finally {
  await browser.close();
  stop();
}
