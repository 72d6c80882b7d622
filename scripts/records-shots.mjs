// Screenshots of the visits work (visit form, progress charts, data dialog, import confirmation) at 1280×800 and
// 1920×1080, and the printed plan and progress report as PDFs (Chromium's print, A4) turned into PNGs with
// pdftoppm. Seeds its records through the UI. Usage: node scripts/records-shots.mjs [--no-build] [--out DIR]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const args = process.argv.slice(2);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : 'screenshots/records';
mkdirSync(out, { recursive: true });
const PLAN = ['BL23', 'BL25', 'BL40', 'GB30', 'SP6', 'AH9', 'NRT-L4', 'NPT-SCLN'];
const VISITS = [
  ['2026-03-04', '7', '4', ['2.1', '2.9', '3.4'], ['1.8', '2.6', '3.0']],
  ['2026-03-18', '6', '3', ['2.6', '3.2', '3.6'], ['2.2', '3.0', '3.3']],
  ['2026-04-01', '4', '2', ['3.0', '3.5', '3.9'], ['2.7', '3.3', '3.7']],
  ['2026-04-15', '3', '1', ['3.4', '3.8', '4.2'], ['3.1', '3.6', '4.0']],
];

async function seed(page) {
  await page.getByRole('button', { name: 'Workspace' }).click();
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel(/Label \(a pseudonym/).fill('A-17');
  await page.getByLabel('Pregnant').check();
  await page.getByRole('button', { name: 'Save client' }).click();
  const open = page.getByRole('button', { name: 'A-17', exact: true });
  if (await open.isVisible()) await open.click();
  await page.getByLabel('New plan').fill('Low back pain');
  await page.getByRole('button', { name: 'Create plan' }).click();
  const search = page.getByRole('combobox', { name: 'Search points' });
  for (const code of PLAN) {
    await search.fill(code);
    await page
      .getByRole('button', { name: `Add ${code} to the plan` })
      .first()
      .click();
  }
  await search.press('Escape');
  for (const [date, before, after, bl40, npt] of VISITS) {
    await page.getByRole('button', { name: 'Record a visit' }).click();
    const form = page.getByRole('form', { name: 'Record a visit' });
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Pain before (NRS 0–10)').fill(before);
    await form.getByLabel('Pain after (NRS 0–10)').fill(after);
    const rows = form.locator('.algometer tbody tr');
    for (const [row, values] of [
      [rows.filter({ hasText: 'BL40' }), bl40],
      [rows.filter({ hasText: 'NPT-SCLN' }), npt],
    ])
      for (let i = 0; i < 3; i++) await row.locator('input').nth(i).fill(values[i]);
    await form.getByRole('button', { name: 'Save visit' }).click();
    await form.waitFor({ state: 'hidden' });
  }
}

const { base, stop } = await servePreview(4175, { build: !args.includes('--no-build') });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(base);
  await waitReady(page);
  await seed(page);
  const panel = page.getByTestId('workspace-panel');
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.getByRole('button', { name: 'Record a visit' }).click();
    const form = page.getByRole('form', { name: 'Record a visit' });
    await form.getByLabel('Pain before (NRS 0–10)').fill('12');
    await form.getByRole('button', { name: 'Save visit' }).click();
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/visit-form-${w}.png` });
    await form.getByRole('button', { name: 'Cancel' }).click();
    await panel.locator('.progress-charts').scrollIntoViewIfNeeded();
    await panel.locator('.progress-charts .chart-box[data-drawn=true]').first().waitFor();
    await page.screenshot({ path: `${out}/progress-charts-${w}.png` });
    await page.getByRole('button', { name: 'Your data…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your data on this device' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    await dialog.locator('input[type=file]').setInputFiles(await download.path());
    await dialog.getByRole('group', { name: 'Confirm the import' }).waitFor();
    await page.screenshot({ path: `${out}/data-dialog-${w}.png` });
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  const printed = async (name, open, ready) => {
    await open();
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${out}/${name}-preview-1280.png` });
    await page.emulateMedia({ media: 'print' });
    writeFileSync(`${out}/${name}.pdf`, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/${name}.pdf`, `${out}/${name}`]);
    await page.getByRole('dialog', { name: 'Print preview' }).getByRole('button', { name: 'Close' }).click();
  };
  await printed(
    'print-plan',
    () => page.getByRole('button', { name: 'Print plan' }).click(),
    '.print-figures[data-figures=ready], [data-figures=missing]',
  );
  await printed(
    'print-progress',
    () => page.getByRole('button', { name: 'Print progress report' }).click(),
    '.progress-print .chart-box[data-drawn=true]',
  );
  console.log(`written to ${out}/`);
} finally {
  await browser.close();
  stop();
}
