import { expect, test, markerScreenPosition, openAtlas, recordRequests } from './helpers';

test('the body draws and no request leaves the origin', async ({ page, baseURL }) => {
  const urls = recordRequests(page);
  await openAtlas(page);
  await expect(page.getByRole('heading', { name: 'Layers' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Male', exact: true }).click();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await page.getByRole('button', { name: 'About the data' }).click();
  const about = page.getByRole('dialog', { name: 'About the data' });
  await expect(about).toContainText('361');
  // modal: Tab keeps focus inside the dialog; Escape closes it and focus returns to the button
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  expect(await about.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'About the data' })).toBeFocused();
  const origin = new URL(baseURL!).origin;
  const foreign = urls.filter(
    (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );
  expect(urls.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});

test('searching hegu selects LI4 and shows 合谷 and a source', async ({ page }) => {
  await openAtlas(page);
  const box = page.getByRole('combobox');
  await box.fill('hegu');
  await expect(page.getByRole('option').first()).toContainText('LI4');
  await box.press('Enter');
  const panel = page.getByTestId('point-panel');
  await expect(panel).toContainText('LI4');
  await expect(panel).toContainText('合谷');
  const source = panel.getByRole('region', { name: 'Sources' }).getByRole('button').first();
  await expect(source).toBeVisible();
  await source.click();
  await expect(page.getByTestId('source-record')).toBeVisible();
  await expect(page).toHaveURL(/point=LI4/);
});

test('the cun ruler appears for a selected point', async ({ page }) => {
  await openAtlas(page, '?point=ST36&side=L');
  await expect(page.getByTestId('point-panel')).toContainText('ST36');
  await expect(page.getByTestId('derivation-steps').locator('li')).not.toHaveCount(0);
  await expect(page.locator('.point-label--selected')).toContainText('ST36');
  const ruler = await page.evaluate(() => window.__pointatlas?.rulerParts?.() ?? 0);
  expect(ruler).toBeGreaterThan(1);
});

test('clicking a marker selects that point', async ({ page }) => {
  await openAtlas(page, '?view=front');
  const at = await markerScreenPosition(page, 'CV12');
  expect(at).not.toBeNull();
  await page.mouse.move(at!.x, at!.y);
  await expect(page.locator('.point-label--hover')).toContainText('CV12');
  await page.mouse.click(at!.x, at!.y);
  await expect(page.getByTestId('point-panel')).toContainText('CV12');
});

test('a deep link reloads to the same selection and view', async ({ page }) => {
  await openAtlas(page, '?point=LI4&side=R&view=hand-right');
  await expect(page.getByTestId('point-panel')).toContainText('LI4');
  await expect(page.getByRole('button', { name: 'Right (R)' })).toHaveAttribute('aria-pressed', 'true');
  const url = page.url();
  const camera = await page.evaluate(() => window.__pointatlas?.cameraPose?.());
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('point-panel')).toContainText('LI4');
  await expect(page.getByRole('button', { name: 'R hand' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.__pointatlas?.cameraPose?.())).toEqual(camera);
});

test('an unknown point in the link shows a notice and the app still works', async ({ page }) => {
  await openAtlas(page, '?point=ZZ99&view=nowhere');
  await expect(page.getByTestId('notices')).toContainText('ZZ99');
  await expect(page.getByTestId('point-panel')).toHaveCount(0);
  await page.getByRole('combobox').fill('LI 4');
  await page.getByRole('combobox').press('Enter');
  await expect(page.getByTestId('point-panel')).toContainText('合谷');
});

test('a link stays as written unless part of it could not be used; an unknown layer gets a notice', async ({
  page,
}) => {
  // the same state in another parameter order: the address bar is not rewritten
  await openAtlas(page, '?view=back&layers=points,channels');
  expect(new URL(page.url()).search).toBe('?view=back&layers=points,channels');
  await openAtlas(page, '?view=back&layers=points,nosuch');
  await expect(page.getByTestId('notices')).toContainText('Unknown layer “nosuch”');
  await expect.poll(() => new URL(page.url()).search).toBe('?layers=points&view=back');
  await expect(page.getByTestId('layer-toggle-points')).toBeChecked();
});

test('a body that fails to load shows an error panel, and Retry recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/*.glb', (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/');
  await expect(page.getByTestId('body-error')).toBeVisible({ timeout: 60_000 });
  fail = false;
  await page.getByTestId('body-error').getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
});

test('a link that turns every layer on shows them all in its first frame', async ({ page }) => {
  await openAtlas(page, '?view=front');
  const calls = () => page.evaluate(() => window.__pointatlas!.renderInfo().calls);
  const bare = await calls();
  const all =
    'points,channels,extra,npt,dermatomes,dermatome-key,ear-parts,ear-areas,auricular,nrt,expert-spread';
  await openAtlas(page, `?view=front&layers=${all}`);
  const toggles = page.locator('[data-testid^="layer-toggle-"]');
  // ready waited for the layers that load last (dermatomes, ears, NRT): they are listed and on already
  expect(await toggles.count()).toBe(11);
  expect(await page.locator('[data-testid^="layer-toggle-"]:checked').count()).toBe(11);
  // and drawn: the frame has more draw calls than the default view's (markers, lines, frames, ear borders)
  expect(await calls()).toBeGreaterThan(bare);
});

test('a layer data file that fails to load is reported; the body and search still work', async ({ page }) => {
  await page.route('**/assets/sites-*.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await openAtlas(page);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be computed' })).toContainText('sites-');
  const box = page.getByRole('combobox');
  await box.fill('hegu');
  await expect(page.getByRole('option').first()).toContainText('LI4');
  await box.press('Enter');
  await expect(page.getByTestId('point-panel')).toContainText('合谷');
});

// the data file itself, and the small script that fetches it (a failed dynamic import is fetched again by Chromium)
for (const [what, file] of [
  ['data file', /\/assets\/sites-[\w-]+\.json$/],
  ['data script', /\/assets\/sites-[\w-]+\.js$/],
] as const)
  test(`a layer ${what} that fails once loads again on Retry, without reloading the page`, async ({
    page,
  }) => {
    let failures = 0;
    await page.route(file, (route) =>
      failures++ === 0 ? route.fulfill({ status: 500, body: 'broken' }) : route.continue(),
    );
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be computed' });
    await expect(alert).toContainText('sites-', { timeout: 60_000 });
    await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    await expect(page.getByTestId('layer-toggle-points')).toHaveCount(0);
    await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('layer-toggle-points')).toBeAttached({ timeout: 60_000 });
    await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    await expect(alert).toHaveCount(0);
    expect(failures).toBe(2);
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

test('the dermatome, ear and NRT layers load again on Retry after their data file failed', async ({
  page,
}) => {
  // the file fails until the error is shown (the link fetches it at page start and again for the layers, unless
  // they share that request): then Retry must fetch it again
  let broken = true;
  let served = 0;
  await page.route('**/assets/neuro-*.json', (route) =>
    broken ? route.fulfill({ status: 500, body: 'broken' }) : (served++, route.continue()),
  );
  await page.goto('/?view=back&layers=points,dermatomes');
  await expect(page.getByTestId('notices')).toContainText('dermatome, ear and NRT layers', {
    timeout: 60_000,
  });
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(page.getByTestId('layer-toggle-dermatomes')).toHaveCount(0);
  broken = false;
  await page.getByRole('button', { name: 'Retry the dermatome, ear and NRT layers' }).click();
  await expect(page.getByTestId('layer-toggle-dermatomes')).toBeChecked({ timeout: 60_000 });
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(page.getByRole('button', { name: 'Retry the dermatome, ear and NRT layers' })).toHaveCount(0);
  expect(served).toBe(1);
});

test('a neuro-layer failure on one body does not linger after switching to the other', async ({ page }) => {
  await page.route('**/assets/neuro-female-*.json', (route) =>
    route.fulfill({ status: 500, body: 'broken' }),
  );
  await page.goto('/?view=front&layers=points,dermatomes');
  const retry = page.getByRole('button', { name: 'Retry the dermatome, ear and NRT layers' });
  await expect(retry).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Male', exact: true }).click();
  // the male body's files load: its layers come, and the female body's error goes with it
  await expect(page.getByTestId('layer-toggle-dermatomes')).toBeChecked({ timeout: 60_000 });
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
  await expect(retry).toHaveCount(0);
});

test('the first frame waits a moment for layers on their way, then draws the body without them', async ({
  page,
}) => {
  // the dermatome/NRT labels arrive 8 s late: the view holds its first frame for them only briefly
  let release: () => void = () => {};
  const late = new Promise<void>((r) => (release = r));
  await page.route('**/assets/neuro-*.json', async (route) => {
    await Promise.race([late, new Promise((r) => setTimeout(r, 8000))]);
    await route.continue();
  });
  await page.goto('/?view=front&layers=points,channels,dermatomes');
  const info = () => page.evaluate(() => window.__pointatlas?.renderInfo() ?? null);
  await expect(page.getByText('Loading the layers…')).toBeVisible({ timeout: 60_000 });
  // the body and the channels are drawn while the dermatomes are still missing
  await expect.poll(async () => (await info())?.calls ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'false');
  // the link keeps the layer that has not arrived: a link copied now still turns it on
  expect(new URL(page.url()).searchParams.get('layers')).toBe('points,channels,dermatomes');
  release();
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.getByText('Loading the layers…')).toBeHidden();
  await expect(page.getByTestId('layer-toggle-dermatomes')).toBeChecked();
});
