import type { Page } from '@playwright/test';
import { expect, test, markerScreenPosition, openAtlas, pixelsOfColour } from './helpers';

/** Pixels of the plan's violet (#7048e8) in the lower half of a ring around (x, y): away from its number. */
const violetRingPixels = (page: Page, x: number, y: number) =>
  pixelsOfColour(page, { x: Math.round(x) - 14, y: Math.round(y) + 2, width: 28, height: 12 }, '#7048e8');

const LOW_BACK = ['BL23', 'BL25', 'SP6', 'AH9', 'NRT-L4', 'BL40', 'GB30', 'NPT-SCLN'];

test('a pregnant client gets a low-back-pain plan built from search and the body, with the SP6 warning; it survives a reload', async ({
  page,
}) => {
  await openAtlas(page, '?view=back&layers=points,auricular,nrt,npt');
  await page.getByRole('button', { name: 'Workspace' }).click();
  const ws = page.getByTestId('workspace-panel');
  await expect(ws).toContainText('Clients (0)');

  // the client, flagged pregnant
  await ws.getByRole('button', { name: 'New client' }).click();
  await ws.getByLabel(/^Label/).fill('A-17');
  await ws.getByLabel('Pregnant').check();
  await ws.getByLabel('weeks').fill('20');
  await ws.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByTestId('client-view')).toContainText('pregnant (20 wk)');
  await ws.getByLabel('New plan').fill('Low back pain');
  await ws.getByRole('button', { name: 'Create plan' }).click();
  const items = page.getByTestId('plan-item');
  const codes = () => items.locator('.code');

  // from search: channel points, an ear point, an NRT zone (each result offers "+ plan" while a plan is open)
  const box = page.getByRole('combobox', { name: 'Search points' });
  const fromSearch: [string, string, string][] = [
    ['BL23', 'BL23', 'BL23'],
    ['BL25', 'BL25', 'BL25'],
    ['SP6', 'SP6', 'SP6'],
    ['Lumbosacral vertebrae', 'AH9', 'AH9'],
    ['NRT L4', 'NRT zone L4', 'NRT-L4'],
  ];
  for (const [query, text, code] of fromSearch) {
    await box.fill(query);
    const option = page.getByRole('option').filter({ hasText: text }).first();
    await option.getByRole('button', { name: `Add ${code} to the plan` }).click();
    await expect(codes().last()).toHaveText(code);
  }
  await box.press('Escape');

  // from the body: pick mode, then clicks on markers (a channel point, another, a nerve exit site)
  await ws.getByRole('button', { name: 'Pick on body' }).click();
  for (const site of ['BL40.L', 'GB30.R', 'NPT-SCLN.L']) {
    const at = await markerScreenPosition(page, site);
    expect(at, `${site} on screen`).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect(codes().last()).toHaveText(site.split('.')[0]!);
  }
  await page.keyboard.press('Escape');
  await expect(ws.getByRole('button', { name: 'Pick on body' })).toHaveAttribute('aria-pressed', 'false');
  await expect(codes()).toHaveText(LOW_BACK);
  // picking added, it did not select: no point panel opened
  await expect(page.getByTestId('point-panel')).toHaveCount(0);

  // the SP6 pregnancy warning, with why, evidence and its source
  const sp6 = page.locator('[data-testid="safety-rule"][data-rule="pregnancy-point"]');
  await expect(sp6).toContainText('Point traditionally avoided in pregnancy');
  await expect(sp6.getByTestId('safety-warning').locator('.codes')).toHaveText(['SP6']);
  await expect(sp6).toContainText('Evidence: practitioner claim');
  await expect(sp6.getByRole('region', { name: 'Sources' })).toContainText(
    'The safety of obstetric acupuncture: forbidden points revisited',
  );

  // the plan is drawn on the body: numbered violet rings, both sides of bilateral items
  await expect(page.locator('.plan-label[data-site="BL40.L"]')).toHaveText('6');
  await expect(page.locator('.plan-label[data-site="BL40.R"]')).toHaveText('6');
  const bl40 = await markerScreenPosition(page, 'BL40.R');
  expect(await violetRingPixels(page, bl40!.x, bl40!.y)).toBeGreaterThan(30);

  // reload: the plan is still there, in the same order, with the warning
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await page.getByRole('button', { name: 'Workspace' }).click();
  await ws.getByRole('button', { name: 'A-17' }).click();
  await ws.getByRole('button', { name: 'Low back pain', exact: true }).click();
  await expect(codes()).toHaveText(LOW_BACK);
  await expect(sp6).toContainText('SP6');
});

test('Add to plan from the point panel with a side, remove, Alt+↑ reorder; an acknowledged warning stays, with its reason', async ({
  page,
}) => {
  await openAtlas(page, '?view=back');
  await page.getByRole('button', { name: 'Workspace' }).click();
  const ws = page.getByTestId('workspace-panel');
  await ws.getByRole('button', { name: 'New client' }).click();
  await ws.getByLabel(/^Label/).fill('B-3');
  await ws.getByLabel('Pregnant').check();
  await ws.getByRole('button', { name: 'Save client' }).click();
  await ws.getByLabel('New plan').fill('Test plan');
  await ws.getByRole('button', { name: 'Create plan' }).click();
  const box = page.getByRole('combobox', { name: 'Search points' });
  for (const code of ['BL23', 'SP6']) {
    await box.fill(code);
    await page.getByRole('option').filter({ hasText: code }).first().getByRole('button').click();
    await expect(page.getByTestId('plan-item').last()).toContainText(code);
  }
  // from the point panel: GB30 on the left side only
  await box.fill('GB30');
  await box.press('Enter');
  const panel = page.getByTestId('point-panel');
  await expect(panel).toContainText('GB30');
  await panel.getByTestId('add-to-plan').getByRole('combobox').selectOption('L');
  await panel.getByRole('button', { name: 'Add to plan' }).click();
  await expect(page.getByTestId('plan-item').last()).toContainText('GB30');
  await expect(page.getByTestId('plan-item').last().getByLabel('Side')).toHaveValue('L');
  await page.getByRole('button', { name: 'Remove GB30' }).click();
  await expect(page.getByTestId('plan-item')).toHaveCount(2);
  await page.getByTestId('plan-item').last().focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('plan-item').locator('.code')).toHaveText(['SP6', 'BL23']);
  const group = page.locator('[data-testid="safety-rule"][data-rule="pregnancy-point"]');
  const sp6 = group.getByTestId('safety-warning');
  await sp6.getByRole('button', { name: 'Acknowledge…' }).click();
  await sp6.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await expect(sp6.getByRole('alert')).toContainText('at least 3 characters');
  await sp6.getByLabel('Reason for going ahead').fill('Acupressure avoided; needle not used at SP6');
  await sp6.getByRole('button', { name: 'Acknowledge', exact: true }).click();
  await expect(sp6.getByTestId('acknowledgement')).toContainText('needle not used at SP6');
  await expect(group).toContainText('Point traditionally avoided in pregnancy');
});
