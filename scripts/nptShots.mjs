// The NPT layer's screenshots (issue 6): one per region of seed 002 with the layer on and a site of that region
// selected (the camera flies to it, its panel opens), then the conditions index and the technique panel, 1280×800.
// Called by scripts/screenshots.mjs; `npm run screenshots -- --npt-only` takes these alone.
import { mkdirSync } from 'node:fs';
import { waitReady } from './browser.mjs';

const OUT = 'screenshots/npt';

/** Region shots: a site of the region, its side, and the body. */
export const NPT_REGION_SHOTS = [
  { name: 'neck-shoulder-back', site: 'NPT-GON', side: 'L' },
  { name: 'neck-shoulder-front', site: 'NPT-SCN', side: 'R' },
  { name: 'face', site: 'NPT-ION', side: 'R' },
  { name: 'arm-hand', site: 'NPT-SRN', side: 'L' },
  { name: 'leg-foot', site: 'NPT-DPN', side: 'L' },
  { name: 'knee', site: 'NPT-IPBS', side: 'L' },
  { name: 'knee-lateral', site: 'NPT-CPN', side: 'L' },
  { name: 'hamstring', site: 'NPT-PFCN', side: 'L' },
  { name: 'heel', site: 'NPT-MCN', side: 'L' },
  { name: 'hip-lowback', site: 'NPT-SCLN', side: 'L' },
];

/** Writes screenshots/npt/*.png for both bodies from a served build at `base`. */
export async function shootNpt(browser, base) {
  mkdirSync(OUT, { recursive: true });
  const open = async (query) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/?${query}`);
    await waitReady(page);
    await page.getByTestId('npt-site-panel').or(page.getByTestId('npt-conditions')).first().waitFor();
    return page;
  };
  const save = async (page, name) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    console.log(`${OUT}/${name}.png`);
    await page.close();
  };
  for (const body of ['female', 'male']) {
    for (const s of NPT_REGION_SHOTS) {
      const page = await open(`body=${body}&layers=npt&point=${s.site}&side=${s.side}`);
      await save(page, `${body}-${s.name}`);
    }
  }
  // with the acupoints on: the nerve sites and the points near them (anatomical proximity)
  await save(await open('layers=npt,points,extra&point=NPT-ION&side=R'), 'female-face-with-acupoints');
  // search by condition, then the conditions index and the technique panel
  const page = await open('layers=npt&view=foot-left');
  await page.getByRole('combobox').fill('plantar fasciitis');
  await page.getByRole('option').first().waitFor();
  await page.screenshot({ path: `${OUT}/search-plantar-fasciitis.png` });
  console.log(`${OUT}/search-plantar-fasciitis.png`);
  await page.getByRole('combobox').press('Enter');
  await page.getByTestId('npt-condition-plantar-fasciitis').waitFor();
  await page.getByTestId('npt-conditions').screenshot({ path: `${OUT}/conditions-index.png` });
  await page.getByText('Technique (neural prolotherapy)').click();
  await page.getByTestId('npt-technique').scrollIntoViewIfNeeded();
  await save(page, 'technique');
}
