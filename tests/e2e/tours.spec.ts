import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  expect,
  test,
  cameraSettled,
  markerScreenPosition,
  openAtlas,
  pixelsOfColour,
  viewSilhouette,
} from './helpers';

const EDITING_MASK = '.panel, .toolbar, [data-testid=notices], .point-label, .tour-callout';
const PRESENTING_MASK = '.presenter__top, .presenter__caption, .presenter__nav, .point-label, .tour-callout';

type Shot = Awaited<ReturnType<typeof viewSilhouette>>;

/** The same scene drawn again: the same camera, and the body's silhouette at the same place, filling the centre alike. */
function expectSamePicture(shown: Shot, captured: Shot, poseShown: number[], poseCaptured: number[]) {
  poseShown.forEach((v, i) => expect(Math.abs(v - poseCaptured[i])).toBeLessThan(0.005));
  expect(Math.abs(shown.cx - captured.cx)).toBeLessThan(0.05);
  expect(Math.abs(shown.cy - captured.cy)).toBeLessThan(0.05);
  expect(Math.abs(shown.fill - captured.fill)).toBeLessThan(0.05);
}

async function capture(page: Page, first = false) {
  const pose = await cameraSettled(page);
  const shot = await viewSilhouette(page, EDITING_MASK);
  await page.getByRole('button', { name: first ? 'New tour from this view' : 'Capture this view' }).click();
  return { pose, shot };
}

test('a tour built by capture is kept, presented by keyboard, exported and imported again', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openAtlas(page, '?layers=points,channels');
  await page.getByRole('button', { name: 'Tours' }).click();
  const panel = page.getByRole('region', { name: 'Tours' });
  await expect(panel.getByText('How B-cun works')).toBeVisible();

  const captured = [await capture(page, true)];
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  captured.push(await capture(page));
  const search = page.getByRole('combobox');
  await search.fill('ST36');
  await search.press('Enter');
  await expect(page.getByTestId('point-panel')).toContainText('ST36');
  captured.push(await capture(page));
  await panel.getByLabel('Caption').fill('ST36 and how it is found');
  await panel.getByLabel(/Callout at ST36/).fill('3 B-cun below ST35');
  await panel.getByRole('button', { name: 'Add callout' }).click();
  await expect(page.locator('.tour-callout')).toHaveText('3 B-cun below ST35');
  await panel.getByLabel('Title').fill('My lecture');
  await expect(panel.getByRole('list', { name: 'Scenes' }).getByRole('listitem')).toHaveCount(3);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('button', { name: 'Saved' })).toBeVisible();

  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Tours' }).click();
  const mine = page.getByTestId('my-tour').filter({ hasText: 'My lecture' });
  await expect(mine).toContainText('3 scenes');
  await mine.getByRole('button', { name: 'Present' }).click();

  const counter = page.getByTestId('scene-counter');
  await expect(counter).toHaveText('1 / 3');
  await expect(page.locator('.toolbar')).toBeHidden();
  const shown = async (i: number) => {
    const pose = await cameraSettled(page);
    expectSamePicture(await viewSilhouette(page, PRESENTING_MASK), captured[i].shot, pose, captured[i].pose);
  };
  await shown(0);
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 3');
  await shown(1);
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText('3 / 3');
  await expect(page.getByTestId('scene-caption')).toContainText('ST36 and how it is found');
  await expect(page.locator('.tour-callout')).toHaveText('3 B-cun below ST35');
  await shown(2);
  // the caption is at projector size at this viewport's scale: 28 px or more at 1080p
  const px = await page
    .getByTestId('scene-caption')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(px * (1080 / page.viewportSize()!.height)).toBeGreaterThanOrEqual(28);
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('2 / 3');
  await page.keyboard.press('b');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('black-screen')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.locator('.toolbar')).toBeVisible();

  // export, delete, import: the same tour comes back
  await page.getByRole('button', { name: 'Tours' }).click();
  const download = page.waitForEvent('download');
  await mine.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  const text = await readFile(file, 'utf8');
  expect(JSON.parse(text).records[0]).toMatchObject({ kind: 'tour', title: 'My lecture' });
  page.once('dialog', (d) => void d.accept());
  await mine.getByRole('button', { name: 'Delete' }).click();
  await expect(mine).toHaveCount(0);
  await page.getByLabel('Import a tour file…').setInputFiles({
    name: 'lecture.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const check = page.getByRole('group', { name: 'Import check' });
  await expect(check).toContainText('lecture.json');
  // the device keeps the deletion (a tombstone, newer than the file): bringing the tour back is a replacement
  await expect(check).toContainText('1 changed');
  await check.getByRole('button', { name: 'Import and replace 1 changed' }).click();
  await expect(mine).toContainText('3 scenes');

  // a file that is not a tour changes nothing and says why
  await page.getByLabel('Import a tour file…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"pointatlas-records","records":[{"kind":"tour"}]}'),
  });
  await expect(page.getByRole('alert')).toContainText('“broken.json” was not imported');
  await expect(page.getByTestId('my-tour')).toHaveCount(1);
});

test('a built-in tour opens from a link, straight into presenter mode', async ({ page }) => {
  await page.goto('/?tour=how-b-cun-works');
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(page.getByTestId('scene-counter')).toHaveText('1 / 4');
  await expect(page.getByTestId('scene-caption')).toContainText('B-cun');
  await expect(page.getByTestId('scene-caption')).toContainText('WHO Standard Acupuncture Point Locations');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('scene-counter')).toHaveText('2 / 4');
  await expect(page.locator('.tour-callout')).toHaveText('3 B-cun below ST35');
  await page.keyboard.press('End');
  await expect(page.getByTestId('scene-counter')).toHaveText('4 / 4');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('scene-counter')).toHaveText('1 / 4');
});

test('every label of a presented scene is at projector size: zone names, point names, callouts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  // the NRT tour's second scene: the back zones with their level names
  await page.goto('/?tour=neuroreflexotherapy');
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(page.getByTestId('scene-counter')).toHaveText('1 / 3');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('scene-counter')).toHaveText('2 / 3');
  const zoneNames = page.locator('.area-label:visible');
  await expect(zoneNames.first()).toBeVisible();
  // font sizes of the labels shown now, read in one go in the page (labels are rebuilt as the view settles)
  const sizes = (selector: string) =>
    page.evaluate(
      (sel) =>
        [...document.querySelectorAll(sel)]
          .map((e) => getComputedStyle(e))
          .filter((st) => st.visibility !== 'hidden' && st.display !== 'none')
          .map((st) => parseFloat(st.fontSize)),
      selector,
    );
  // every level of the back is named, however crowded its band (a crowded name stands apart on a leader line)
  await cameraSettled(page);
  await expect
    .poll(() => zoneNames.allTextContents().then((t) => t.sort()))
    .toEqual(expect.arrayContaining(['L1', 'L2', 'L3', 'L4', 'L5', 'S1']));
  const zones = await sizes('.area-label');
  expect(zones.length).toBeGreaterThanOrEqual(4);
  for (const px of zones) expect(px).toBeGreaterThanOrEqual(28);
  // laid out at that size: no two zone names overlap
  const boxes = await zoneNames.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `zone names ${i} and ${j} overlap`).toBe(true);
    }
  // the low back pain tour's overview: highlighted sites wear a yellow ring of projector size; others do not
  await page.goto('/?tour=low-back-pain');
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(page.getByTestId('scene-counter')).toHaveText('1 / 7');
  await cameraSettled(page);
  const ringBelow = async (site: string) => {
    const at = await markerScreenPosition(page, site);
    expect(at, `${site} on screen`).not.toBeNull();
    // the lower part of a ring of radius ~15 px at 1080 lines (inner edge ~9 px): away from the marker itself
    return pixelsOfColour(
      page,
      { x: Math.round(at!.x) - 12, y: Math.round(at!.y) + 10, width: 24, height: 5 },
      '#ffd400',
    );
  };
  expect(await ringBelow('BL40.R')).toBeGreaterThan(20);
  expect(await ringBelow('BL57.R')).toBe(0);
  // B-cun tour: the selected point's name and the callout
  await page.goto('/?tour=how-b-cun-works');
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(page.getByTestId('scene-counter')).toHaveText('1 / 4');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tour-callout')).toBeVisible();
  for (const selector of ['.tour-callout', '.point-label'])
    for (const px of await sizes(selector)) expect(px, selector).toBeGreaterThanOrEqual(28);
  // LU7's scene: its callout takes the spot beside it, and its name still shows, set apart on a leader line
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('scene-counter')).toHaveText('3 / 4');
  await cameraSettled(page);
  await expect(page.locator('.point-label:visible', { hasText: /^LU7 / })).toBeVisible();
});
