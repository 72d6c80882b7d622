import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, countViewPixels, expect, openAtlas, test } from './helpers';
import { calibrateAndName, importScan, placeKeyLandmarks, type Scan } from './byobFlow';
import { writeScan } from './byobScan';

let scan: Scan;
const ALL =
  'points,channels,extra,npt,dermatomes,dermatome-key,ear-parts,ear-areas,auricular,nrt,expert-spread';

test.beforeAll(async () => {
  const path = join(tmpdir(), `byob-scan-${process.pid}.glb`);
  scan = { path, ...(await writeScan(path)) };
});

/** Records every value the layer panel's progress bar shows from now on (it may come and go between two polls). */
const watchProgress = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const seen: number[][] = [];
    (window as unknown as { progressSeen: number[][] }).progressSeen = seen;
    const look = () => {
      const bar = document.querySelector<HTMLProgressElement>(
        'progress[aria-labelledby="atlas-progress-label"]',
      );
      const last = seen.at(-1);
      if (bar && (!last || last[0] !== bar.value || last[1] !== bar.max)) seen.push([bar.value, bar.max]);
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true });
  });

const ready = (page: import('@playwright/test').Page) =>
  expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });

test('a body the user brings: import, place the key landmarks by clicks, every layer on it, kept, deleted', async ({
  page,
}) => {
  test.setTimeout(400_000);
  await openAtlas(page, '?view=front&layers=points');
  const st = '#c25400'; // the Stomach channel's colour (data/channels.json)
  const [onFemale] = await countViewPixels(page, [st]);
  expect(onFemale).toBeGreaterThan(40);

  await importScan(page, scan);
  const dialog = page.getByRole('dialog', { name: 'Add your body' });
  // what was found: centimetres, head along +Z, face along −Y, a male's height
  await expect(dialog.getByText('the file’s +Z')).toBeVisible();
  await expect(dialog.getByText('the file’s −Y')).toBeVisible();
  await expect(dialog.getByText('cm', { exact: true })).toBeVisible();
  await audit(page, 'the import dialog');
  await placeKeyLandmarks(page, scan);
  await expect(dialog.getByText('27 of 27 placed: review any landmark')).toBeVisible();
  await audit(page, 'the calibration step');
  await calibrateAndName(page, 'Scan E2E');
  await expect(dialog.getByText(/carried over from the male body/)).toBeVisible();
  const bar = page.getByRole('progressbar', { name: 'Locating the points on this body…' });
  await watchProgress(page);
  await dialog.getByRole('button', { name: /^Save this body/ }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  const mine = page
    .getByRole('group', { name: 'Body' })
    .getByRole('button', { name: 'Scan E2E', exact: true });
  await expect(mine).toHaveAttribute('aria-pressed', 'true');
  await ready(page);
  // the engine ran in the background with a progress bar, which counted up to the end and went away
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[][] }).progressSeen);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every(([done, max], i) => max === seen[0][1] && (i === 0 || done >= seen[i - 1][0]))).toBe(
    true,
  );
  expect(seen.some(([done, max]) => done > 0 && done < max)).toBe(true);
  await expect(bar).toHaveCount(0);
  // every site resolved on the new skin and drawn: the Stomach channel's markers in its colour
  await expect(page.getByTestId('layer-toggle-points')).toBeChecked();
  const [onScan] = await countViewPixels(page, [st]);
  expect(onScan).toBeGreaterThan(40);
  await expect(page.getByText(/could not be (computed|loaded)/)).toHaveCount(0);

  // after a reload it is still there; with every layer on, every layer is computed on it and drawn
  await openAtlas(page, `?view=front&layers=${ALL}`);
  await expect(mine).toBeVisible({ timeout: 60_000 });
  await mine.click();
  await ready(page);
  expect(await page.locator('[data-testid^="layer-toggle-"]').count()).toBe(11);
  expect(await page.locator('[data-testid^="layer-toggle-"]:checked').count()).toBe(11);
  await expect(page.getByText(/could not be (computed|loaded)/)).toHaveCount(0);
  // drawn: the Stomach channel's markers and the nerve exit sites documented for injection, each in its colour
  const [stAll, nerves] = await countViewPixels(page, [st, '#2b8a3e']);
  await page.screenshot({ path: test.info().outputPath('every-layer.png') });
  expect(stAll).toBeGreaterThan(40);
  expect(nerves).toBeGreaterThan(10);
  // the ears, carried over from the male body's ear map by the calibration's warp: the auricular points are drawn
  // at the scan's ear, and the layer says that they are schematic here
  for (const id of ['points', 'channels', 'npt', 'extra', 'expert-spread', 'dermatome-key'])
    await page.getByTestId(`layer-toggle-${id}`).uncheck();
  const [lowBackBefore] = await countViewPixels(page, ['#c2255c']);
  await page.getByRole('group', { name: 'Preset views' }).getByRole('button', { name: 'Ear' }).click();
  await ready(page);
  await expect(async () => {
    const [lowBack, nada] = await countViewPixels(page, ['#c2255c', '#1864ab']);
    expect(lowBack).toBeGreaterThan(Math.max(20, lowBackBefore));
    expect(nada).toBeGreaterThan(20);
  }).toPass({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Auricular points: legend and groups' }).click();
  await expect(
    page.getByText(/^Ear points used .*Schematic on this body: carried from the shipped male body/),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Delete Scan E2E' }).click();
  await page.getByRole('button', { name: 'Delete “Scan E2E” from this device' }).click();
  await expect(mine).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Female' })).toHaveAttribute('aria-pressed', 'true');
  await ready(page);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('button', { name: 'Add your body' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Body' }).getByRole('button')).toHaveCount(3);
});

test('a file that is not a body gets one sentence, and the body switch is unchanged', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Add your body' }).click();
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'broken.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.from('glTF but not really'),
  });
  await expect(page.getByRole('alert')).toContainText('broken.glb could not be read as GLB');
  await audit(page, 'the import dialog with its message');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('group', { name: 'Body' }).getByRole('button')).toHaveCount(3);
});

test('when the engine cannot run in the background, the layers say so and Retry computes them', async ({
  page,
}) => {
  test.setTimeout(400_000);
  await page.route(/userAtlas\.worker/, (route) => route.abort());
  await openAtlas(page, '?view=front&layers=points');
  await importScan(page, scan);
  const dialog = page.getByRole('dialog', { name: 'Add your body' });
  await placeKeyLandmarks(page, scan);
  await calibrateAndName(page, 'Scan Retry');
  await dialog.getByRole('button', { name: /^Save this body/ }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });

  const failure = page.getByRole('alert').filter({ hasText: 'The point layers could not be computed' });
  await expect(failure).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.unroute(/userAtlas\.worker/);
  await failure.getByRole('button', { name: 'Retry' }).click();
  await ready(page);
  await expect(failure).toHaveCount(0);
  const [stomach] = await countViewPixels(page, ['#c25400']);
  expect(stomach).toBeGreaterThan(40);

  await page.getByRole('button', { name: 'Delete Scan Retry' }).click();
  await page.getByRole('button', { name: 'Delete “Scan Retry” from this device' }).click();
  await expect(page.getByRole('button', { name: 'Scan Retry', exact: true })).toHaveCount(0);
});
