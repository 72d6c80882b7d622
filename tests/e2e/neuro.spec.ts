import { type Page } from '@playwright/test';
import { expect, test, openAtlas } from './helpers';

/** Moves the pointer over the middle of the 3D view, a little at a time, until a zone is named (or gives up). */
async function hoverBody(page: Page): Promise<void> {
  const box = (await page.locator('canvas').boundingBox())!;
  const label = page.getByTestId('zone-hover');
  for (const [fx, fy] of [
    [0.5, 0.45],
    [0.5, 0.55],
    [0.5, 0.35],
    [0.52, 0.5],
  ]) {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy, { steps: 3 });
    if (await label.isVisible().catch(() => false)) return;
    await label.waitFor({ timeout: 5_000 }).catch(() => undefined);
    if (await label.isVisible().catch(() => false)) return;
  }
}

test('turning the dermatome layer on and hovering the skin names a level', async ({ page }) => {
  await openAtlas(page, '?view=back');
  const toggle = page.locator('#layer-dermatomes');
  await expect(toggle).toBeAttached({ timeout: 90_000 });
  await toggle.check();
  await expect(page.getByTestId('dermatome-legend')).toContainText('S4-5');
  await hoverBody(page);
  await expect(page.getByTestId('zone-hover')).toHaveText(
    /\b(C[2-8]|T1[0-2]|T[1-9]|L[1-5]|S[1-3]|S4-5) dermatome\b/,
  );
});

test('selecting an NRT zone opens its panel with its schematic flag and sources', async ({ page }) => {
  await openAtlas(page, '?layers=nrt&view=back');
  await expect(page.locator('#layer-nrt')).toBeChecked({ timeout: 90_000 });
  const box = page.getByRole('combobox');
  await box.fill('L5 dermatome');
  await expect(page.getByRole('option').first()).toContainText('NRT zone L5');
  await box.press('Enter');
  const panel = page.getByTestId('zone-panel');
  await expect(panel).toContainText('L5 dermatome band of the lower back');
  await expect(panel.getByTestId('schematic-flag')).toContainText('unpublished');
  await expect(panel).toContainText('Evidence: schematic');
  await expect(
    panel.getByRole('region', { name: 'Sources' }).first().getByRole('button').first(),
  ).toBeVisible();
  await expect(panel.getByTestId('nrt-procedure')).toContainText('3.3%');
});
