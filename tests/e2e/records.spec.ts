import { expect, test, openAtlas } from './helpers';
import {
  chartInk,
  clientWithPlan,
  exportText,
  openDataDialog,
  openWorkspace,
  recordVisit,
  recordsOf,
} from './recordsHelpers';

const first = {
  date: '2026-03-04',
  before: '7',
  after: '4',
  readings: { 'BL40 both': ['2.5', '3', '3.5'] },
} as const;
const second = {
  date: '2026-03-18',
  before: '5',
  after: '2',
  readings: { 'BL40 both': ['3.2', '3.8', '4.1'] },
} as const;
const RED: [number, number, number] = [0xb3, 0x26, 0x1e];
const BLUE: [number, number, number] = [0x1f, 0x5f, 0xa8];

test('two visits with pain and algometer readings, charted; a pain rating of 11 is refused', async ({
  page,
}) => {
  await openAtlas(page);
  await clientWithPlan(page, 'A-17', ['BL40', 'SP6']);
  await page.getByRole('button', { name: 'Record a visit' }).click();
  const form = page.getByRole('form', { name: 'Record a visit' });
  await form.getByLabel('Pain before (NRS 0–10)').fill('11');
  await form.getByRole('button', { name: 'Save visit' }).click();
  await expect(form).toContainText('Pain is rated 0 to 10, in whole numbers.');
  await expect(form).toContainText('3–4 kg/cm² is called normal');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.visit-list li')).toHaveCount(0);

  await recordVisit(page, first);
  await recordVisit(page, second);
  await expect(page.locator('.visit-list li')).toHaveCount(2);

  const charts = page.locator('.progress-charts .chart');
  await expect(charts).toHaveCount(2);
  await expect(charts.nth(0).locator('.u-title')).toHaveText('Pain (NRS 0–10) by visit');
  await expect(charts.nth(0).locator('.u-legend')).toContainText('Pain before');
  await expect(charts.nth(0).locator('.u-legend')).toContainText('Pain after');
  await expect(charts.nth(1).locator('.u-title')).toHaveText('Pressure-pain threshold at BL40 both');
  await expect(charts.nth(1).locator('.u-legend')).toContainText('15 min after');
  // both visits are drawn: the before (red) and after (blue) lines leave ink on both halves of the pain chart
  const red = await chartInk(page, 0, RED);
  const blue = await chartInk(page, 0, BLUE);
  expect(Math.min(red.left, red.right, blue.left, blue.right)).toBeGreaterThan(20);
});

test('export, delete all, import: everything identical; a corrupt file changes nothing', async ({ page }) => {
  await openAtlas(page);
  await clientWithPlan(page, 'B-02', ['BL40']);
  await recordVisit(page, first);
  await recordVisit(page, second);
  const before = await exportText(page);
  expect((recordsOf(before) as unknown[]).length).toBe(4);

  let dialog = await openDataDialog(page);
  await dialog.getByRole('button', { name: 'Delete all my data…' }).click();
  await expect(dialog.getByRole('alertdialog')).toContainText('1 client, 1 plan and 2 visits');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('workspace-panel')).toContainText('New client');
  await expect(page.getByRole('button', { name: 'B-02', exact: true })).toHaveCount(0);

  dialog = await openDataDialog(page);
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(before),
  });
  const confirm = dialog.getByRole('group', { name: 'Confirm the import' });
  await expect(confirm).toContainText('backup.json: 4 new, 0 changed');
  await confirm.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported: 4 records written.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const after = await exportText(page);
  expect(recordsOf(after)).toEqual(recordsOf(before));

  dialog = await openDataDialog(page);
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(before.slice(0, before.length / 2)),
  });
  await expect(dialog.getByRole('alert')).toContainText('broken.json was not imported');
  await expect(dialog.getByRole('alert')).toContainText('Nothing on this device was changed.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(recordsOf(await exportText(page))).toEqual(recordsOf(before));
  await page.getByRole('button', { name: 'B-02', exact: true }).click();
  await expect(page.locator('.visit-list li')).toHaveCount(2);
});

test('two tabs: a visit recorded in one shows in the other', async ({ page, context }) => {
  await openAtlas(page);
  await clientWithPlan(page, 'C-33', ['BL40']);
  const other = await context.newPage();
  await openAtlas(other);
  await openWorkspace(other);
  await other.getByRole('button', { name: 'C-33', exact: true }).click();
  await expect(other.locator('.visit-list li')).toHaveCount(0);
  await recordVisit(page, first);
  await expect(other.locator(`.visit-list li[data-visit-date="${first.date}"]`)).toBeVisible();
  await expect(other.locator('.visit-list li')).toContainText('pain 7 → 4');
});

test('a passphrase: reload asks for it, a wrong one changes nothing', async ({ page }) => {
  await openAtlas(page);
  await clientWithPlan(page, 'D-44', ['BL40']);
  await recordVisit(page, first);
  const before = await exportText(page);
  const dialog = await openDataDialog(page);
  await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('correct horse');
  await dialog.getByLabel('Repeat').fill('correct horse');
  await dialog.getByRole('button', { name: 'Set passphrase' }).click();
  await expect(dialog.getByRole('status')).toContainText('Passphrase set');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await openWorkspace(page);
  const panel = page.getByTestId('workspace-panel');
  await expect(panel).toContainText('protected by a passphrase');
  await expect(panel).not.toContainText('D-44');
  await panel.getByRole('textbox', { name: 'Passphrase' }).fill('wrong horse');
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByTestId('workspace-error')).toContainText(
    'That passphrase does not open the records',
  );
  await expect(panel).not.toContainText('D-44');
  await panel.getByRole('textbox', { name: 'Passphrase' }).fill('correct horse');
  await panel.getByRole('button', { name: 'Unlock' }).click();
  await expect(panel.getByRole('button', { name: 'D-44', exact: true })).toBeVisible();
  expect(recordsOf(await exportText(page))).toEqual(recordsOf(before));
});
