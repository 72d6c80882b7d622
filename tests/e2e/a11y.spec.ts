import { audit, expect, openAtlas, test } from './helpers';

test('the start screen and a selected point have no serious accessibility violations', async ({ page }) => {
  await openAtlas(page);
  await audit(page, 'the start screen');
  await openAtlas(page, '?point=ST36&side=L');
  await expect(page.getByTestId('point-panel')).toContainText('ST36');
  await audit(page, 'a selected point');
});

test('search open, About and the source dialog have no serious accessibility violations', async ({
  page,
}) => {
  await openAtlas(page, '?point=ST36&side=L');
  await page.getByRole('combobox', { name: 'Search points' }).fill('zusanli');
  await expect(page.getByRole('option').first()).toBeVisible();
  await audit(page, 'search open');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('dialog', { name: 'About the data' })).toBeVisible();
  await audit(page, 'About');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page
    .getByTestId('point-panel')
    .getByRole('region', { name: 'Sources' })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await audit(page, 'the source dialog');
});

test('the workspace, its data dialog and the tours panel have no serious accessibility violations', async ({
  page,
}) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Workspace' }).click();
  const ws = page.getByTestId('workspace-panel');
  await ws.getByRole('button', { name: 'New client' }).click();
  await audit(page, 'the workspace with the new-client form');
  await page.getByRole('button', { name: 'Your data…' }).click();
  await expect(page.getByRole('dialog', { name: 'Your data on this device' })).toBeVisible();
  await audit(page, 'the data dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Tours' }).click();
  await expect(page.getByRole('region', { name: 'Tours' })).toBeVisible();
  await audit(page, 'the tours panel with its import');
});

test('study mode, its setup and a level question, has no serious accessibility violations', async ({
  page,
}) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'Study', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Study' });
  await expect(panel.getByRole('button', { name: 'Start a round' })).toBeEnabled();
  await audit(page, 'the study setup');
  await panel.getByLabel('Deck', { exact: true }).selectOption('layer:dermatomes');
  await panel.getByLabel('Level: dermatome patches').check();
  await expect
    .poll(() => page.evaluate(() => window.__pointatlasStudy?.levelsReady() ?? false), { timeout: 90_000 })
    .toBe(true);
  await panel.getByRole('button', { name: 'Start a round' }).click();
  await expect(panel.getByRole('list', { name: 'Choices' }).getByRole('button')).toHaveCount(4);
  await audit(page, 'a level question');
});
