import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Opens the workspace panel (the records open the first time). */
export async function openWorkspace(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Workspace' }).click();
  await expect(page.getByTestId('workspace-panel')).toBeVisible();
}

/** Creates a client and a plan through the UI, adding the items by search (+ plan), and leaves the client open. */
export async function clientWithPlan(page: Page, label: string, codes: string[]): Promise<void> {
  await openWorkspace(page);
  await page.getByRole('button', { name: 'New client' }).click();
  await page.getByLabel(/Label \(a pseudonym/).fill(label);
  await page.getByRole('button', { name: 'Save client' }).click();
  const open = page.getByRole('button', { name: label, exact: true });
  if (await open.isVisible()) await open.click();
  await expect(page.getByTestId('client-view')).toContainText(label);
  await page.getByLabel('New plan').fill('Low back');
  await page.getByRole('button', { name: 'Create plan' }).click();
  const search = page.getByRole('combobox', { name: 'Search points' });
  for (const code of codes) {
    await search.fill(code);
    await page
      .getByRole('button', { name: `Add ${code} to the plan` })
      .first()
      .click();
  }
  await search.press('Escape');
  await expect(page.getByTestId('plan-editor')).toContainText(codes.at(-1)!);
}

export interface VisitInput {
  date: string;
  before: string;
  after: string;
  readings: Readonly<Record<string, readonly [string, string, string]>>;
}

/** Records a visit through the form. */
export async function recordVisit(page: Page, v: VisitInput): Promise<void> {
  await page.getByRole('button', { name: 'Record a visit' }).click();
  const form = page.getByRole('form', { name: 'Record a visit' });
  await form.getByLabel('Date').fill(v.date);
  await form.getByLabel('Pain before (NRS 0–10)').fill(v.before);
  await form.getByLabel('Pain after (NRS 0–10)').fill(v.after);
  for (const [site, values] of Object.entries(v.readings)) {
    const [b, a1, a15] = values;
    await form.getByLabel(`${site}, Before, kg/cm²`).fill(b);
    await form.getByLabel(`${site}, 1 min after, kg/cm²`).fill(a1);
    await form.getByLabel(`${site}, 15 min after, kg/cm²`).fill(a15);
  }
  await form.getByRole('button', { name: 'Save visit' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator(`.visit-list li[data-visit-date="${v.date}"]`)).toBeVisible();
}

/** Opens "Your data…", clicks an export button and returns the downloaded file's text. */
export async function exportText(
  page: Page,
  button: string | RegExp = 'Export everything (JSON)',
): Promise<string> {
  const dialog = await openDataDialog(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: button }).click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

export async function openDataDialog(page: Page) {
  await page.getByRole('button', { name: 'Your data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your data on this device' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** An export's records, without the time it was made (two exports of the same data differ only there). */
export const recordsOf = (text: string): unknown => (JSON.parse(text) as { records: unknown }).records;

/**
 * Counts the pixels of a colour (±24 per channel) in a uPlot chart's canvas, in its left and right halves: a line
 * with a point at each of two visits leaves pixels in both.
 */
export async function chartInk(page: Page, chartIndex: number, rgb: [number, number, number]) {
  return page
    .locator('.progress-charts .chart-box canvas')
    .nth(chartIndex)
    .evaluate((c: HTMLCanvasElement, want) => {
      const ctx = c.getContext('2d')!;
      const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
      let left = 0;
      let right = 0;
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (want.every((v, k) => Math.abs(data[i + k]! - v) <= 24)) {
            if (x < width / 2) left++;
            else right++;
          }
        }
      return { left, right };
    }, rgb);
}
