import { expect, test, markerScreenPosition, openAtlas } from './helpers';

test('searching plantar fasciitis lists nerve sites; choosing one opens its panel with evidence and sources', async ({
  page,
}) => {
  await openAtlas(page);
  const box = page.getByRole('combobox');
  await box.fill('plantar fasciitis');
  // the NPT documents join the index once the data has loaded after the first frame
  await expect(page.getByRole('option').first()).toContainText('Plantar fasciitis', { timeout: 60_000 });
  const site = page.getByRole('option').filter({ hasText: 'Medial calcaneal nerve' });
  await expect(site).toBeVisible();
  await site.click();
  const panel = page.getByTestId('npt-site-panel');
  await expect(panel).toContainText('Medial calcaneal');
  await expect(panel).toContainText('Tibial nerve');
  await expect(panel.getByTestId('npt-status')).toContainText('Anatomy only');
  await expect(panel.getByTestId('npt-evidence').first()).toContainText('(anatomy)');
  await expect(panel.getByTestId('npt-site-conditions')).toContainText("Clinic's claim (practitioner-claim)");
  const sources = panel.getByRole('region', { name: 'Sources' }).getByRole('button');
  await expect(sources).not.toHaveCount(0);
  await sources.first().click();
  await expect(page.getByTestId('source-record')).toBeVisible();
  await expect(page).toHaveURL(/point=NPT-MCN/);
  await expect(page.getByTestId('layer-toggle-npt')).toBeChecked();
});

test('the conditions index lists a condition with labelled links, and a link flies to its site', async ({
  page,
}) => {
  await openAtlas(page, '?layers=npt&view=back');
  await page.getByRole('combobox').fill('sciatica');
  await expect(page.getByRole('option').first()).toContainText('Sciatica', { timeout: 60_000 });
  await page.getByRole('combobox').press('Enter');
  const entry = page.getByTestId('npt-condition-sciatica');
  await expect(entry).toContainText("Clinic's claim (practitioner-claim)");
  await entry.getByRole('button', { name: 'Sciatic nerve below the buttock' }).click();
  await expect(page.getByTestId('npt-site-panel')).toContainText('Sciatic nerve');
  await expect.poll(() => markerScreenPosition(page, 'NPT-SCIA.L'), { timeout: 30_000 }).not.toBeNull();
});

test('a link to a nerve site reloads to the same site, with nearby acupoints as proximity', async ({
  page,
}) => {
  await openAtlas(page, '?layers=npt,points&point=NPT-ION&side=R');
  const panel = page.getByTestId('npt-site-panel');
  await expect(panel).toContainText('Infraorbital');
  await expect(panel.getByTestId('npt-nearby-points')).toContainText('ST2');
  await expect(panel.getByTestId('npt-nearby-points')).toContainText(
    'anatomical proximity, not the same thing',
  );
  await panel.getByTestId('npt-nearby-points').getByRole('button', { name: /ST2/ }).click();
  await expect(page.getByTestId('point-panel')).toContainText('ST2');
  await expect(page.getByTestId('point-nerve-sites')).toContainText('Infraorbital');
});
