import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { audit, countViewPixels, expect, openAtlas, test } from './helpers';
import { calibrateAndName, importScan, placeKeyLandmarks, type Scan } from './byobFlow';
import { writeScan } from './byobScan';
import { openDataDialog } from './recordsHelpers';

let scan: Scan;
test.beforeAll(async () => {
  const path = join(tmpdir(), `needs-mesh-scan-${process.pid}.glb`);
  scan = { path, ...(await writeScan(path)) };
});

const ready = (page: Page) =>
  expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });

const shoot = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

/**
 * Another device: a browser context of its own (its own IndexedDB), where the scan is imported and calibrated as a
 * user does, then exported with the body switch's Export. Returns the path of the saved file.
 */
async function bodyExportedElsewhere(browser: Browser): Promise<string> {
  const { baseURL, viewport, serviceWorkers } = test.info().project.use;
  const context = await browser.newContext({ baseURL, viewport, serviceWorkers, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await openAtlas(page, '?view=front&layers=points');
    await importScan(page, scan);
    const dialog = page.getByRole('dialog', { name: 'Add your body' });
    await placeKeyLandmarks(page, scan);
    await calibrateAndName(page, 'Scan of A');
    await dialog.getByRole('button', { name: /^Save this body/ }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    const mine = page
      .getByRole('group', { name: 'Body' })
      .getByRole('button', { name: 'Scan of A', exact: true });
    await expect(mine).toHaveAttribute('aria-pressed', 'true');
    await ready(page);
    await shoot(page, 'body-switch-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Scan of A' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pointatlas-body-Scan-of-A-\d{4}-\d{2}-\d{2}\.json$/);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    return path;
  } finally {
    await context.close();
  }
}

test('a body exported from the body switch imports on another device, asks for its mesh file, then opens', async ({
  page,
  browser,
}) => {
  test.setTimeout(480_000);
  const file = await bodyExportedElsewhere(browser);
  // the file: the records format, the profile alone, its mesh named by SHA-256 and never carried
  const saved = JSON.parse(await readFile(file, 'utf8')) as {
    format: string;
    records: Record<string, unknown>[];
  };
  expect(saved.format).toBe('pointatlas-records');
  expect(saved.records.map((r) => [r.kind, r.name])).toEqual([['bodyProfile', 'Scan of A']]);
  expect(Object.keys(saved.records[0].mesh as object).sort()).toEqual(['bytes', 'file', 'sha256']);

  // this device has never seen the body: it comes in through the workspace's import, shown before it is written
  await openAtlas(page, '?view=front&layers=points');
  await page.getByRole('button', { name: 'Workspace' }).click();
  const data = await openDataDialog(page);
  await data.getByLabel(/Choose a PointAtlas records file/).setInputFiles(file);
  const confirm = data.getByRole('group', { name: 'Confirm the import' });
  await expect(confirm).toContainText('1 new, 0 changed');
  await expect(confirm).toContainText('New: body profile “Scan of A”.');
  await expect(confirm).toContainText('not its mesh file');
  await shoot(page, 'import-preview-body');
  await audit(page, 'the import preview of a body profile');
  await confirm.getByRole('button', { name: 'Import' }).click();
  await expect(data.getByText('Imported: 1 record written.')).toBeVisible();
  await data.getByRole('button', { name: 'Close' }).click();

  const waiting = page.getByRole('button', { name: /^Scan of A/ });
  await expect(waiting).toContainText('needs its mesh file');
  await shoot(page, 'needs-mesh');
  // a wrong file: one sentence, nothing kept, still waiting
  await page.getByLabel('Mesh file for Scan of A').setInputFiles({
    name: 'other.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.alloc(3000, 9),
  });
  await expect(page.getByTestId('notices')).toContainText(
    'This file is not the one the profile “Scan of A” was made on',
  );
  await expect(waiting).toContainText('needs its mesh file');
  await expect(waiting).not.toHaveAttribute('aria-pressed', 'true');
  await audit(page, 'the body switch with a body that needs its mesh file');

  // the file the profile was made on: kept, and the body opens with every point on it
  await page.getByLabel('Mesh file for Scan of A').setInputFiles(scan.path);
  const mine = page
    .getByRole('group', { name: 'Body' })
    .getByRole('button', { name: 'Scan of A', exact: true });
  await expect(mine).toHaveAttribute('aria-pressed', 'true', { timeout: 60_000 });
  await ready(page);
  await expect(page.getByText(/could not be (computed|loaded)/)).toHaveCount(0);
  const [stomach] = await countViewPixels(page, ['#c25400']);
  expect(stomach).toBeGreaterThan(40);
  await page.screenshot({ path: test.info().outputPath('imported-body-open.png') });
});
