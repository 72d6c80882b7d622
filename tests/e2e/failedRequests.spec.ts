import { expect, test } from './helpers';

/** `retry`: a message with Retry must show; `itself`: the page gets over it unseen; `either`: one or the other. */
type Recovery = 'retry' | 'itself' | 'either';

/**
 * Every file the page fetches for a link with a selected point, by kind: each fails once in turn (the request is
 * aborted, as a dropped connection), and the page must say so and offer a Retry that brings the same view back.
 */
const FILES: [string, RegExp, Recovery][] = [
  ['the start code (entry chunk)', /\/assets\/index-[\w-]+\.js$/, 'retry'],
  ['the style sheet', /\/assets\/start-[\w-]+\.css$/, 'retry'],
  ['the page chunk', /\/assets\/start-[\w-]+\.js$/, 'retry'],
  ['a chunk the page preloads', /\/assets\/react-[\w-]+\.js$/, 'retry'],
  ['the atlas cache index', /\/assets\/_virtual_atlas-cache-[\w-]+\.js$/, 'retry'],
  ['the 3D code', /\/assets\/AtlasCanvas-[\w-]+\.js$/, 'retry'],
  // the surface queries and the BVH under them (src/mesh/surface.ts), loaded as a chunk of their own
  ['the BVH chunk', /\/assets\/surface-[\w-]+\.js$/, 'retry'],
  // a worker that cannot start is replaced by decoding on the page's own thread: nothing to report
  ['the body decoding worker', /\/assets\/bodyDecode\.worker-[\w-]+\.js$/, 'itself'],
  // asked for twice (at page start, then by the view): the view's own request may already succeed
  ['the body', /\/assets\/body-female-[\w-]+\.glb$/, 'either'],
  ['the landmarks loader', /\/assets\/body-female\.landmarks\.json-[\w-]+\.js$/, 'retry'],
  // asked for twice too (main.tsx at page start, then the view): the view's own request may already succeed
  ['the landmarks', /\/assets\/body-female\.landmarks-[\w-]+\.json$/, 'either'],
  ['the data file loader', /\/assets\/dataFile-[\w-]+\.js$/, 'retry'],
  ['the sites loader', /\/assets\/sites-[\w-]+\.js$/, 'retry'],
  ['the sites', /\/assets\/sites-female-[\w-]+\.json$/, 'retry'],
  ['the nerve-site loader', /\/assets\/npt-[\w-]+\.js$/, 'retry'],
  ['the nerve-site data', /\/assets\/npt-[\w-]+\.json$/, 'retry'],
  ['the neuro compute chunk', /\/assets\/neuroCompute-[\w-]+\.js$/, 'retry'],
  // the engine, fetched late by the layer loader and by search: the view is ready without it
  ['the atlas chunk', /\/assets\/atlas-[\w-]+\.js$/, 'either'],
  ['the derivations loader', /\/assets\/derivations-[\w-]+\.js$/, 'retry'],
  ['the derivations', /\/assets\/derivations-female-[\w-]+\.json$/, 'retry'],
];

for (const [what, file, recovery] of FILES)
  test(`${what} failing once ${{ retry: 'is reported, and Retry brings the view back', itself: 'is made up for by the page itself', either: 'is made up for, or reported with a Retry that works' }[recovery]}`, async ({
    page,
  }) => {
    let failures = 0;
    await page.route(file, (route) => (failures++ === 0 ? route.abort() : route.continue()));
    await page.goto('/?point=ST36&side=L');
    const retry = page.getByRole('button', { name: /^Retry/ }).first();
    if (recovery === 'either')
      await expect(retry.or(page.locator('#root[data-ready="true"]')).first()).toBeVisible({
        timeout: 60_000,
      });
    if (recovery === 'retry' || (recovery === 'either' && (await retry.isVisible()))) {
      await expect(retry).toBeVisible({ timeout: 60_000 });
      // a preloaded chunk the page then fetches again by itself: its message goes once the view is ready, and the
      // button may be gone before the click
      await retry.click({ timeout: 10_000 }).catch(() => undefined);
    }
    await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    await expect(page.getByTestId('point-panel')).toContainText('ST36');
    await expect(page.getByTestId('derivation-steps').locator('li')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
    expect(failures).toBeGreaterThan(0);
  });

/**
 * Code fetched on first use, after the view is ready (the tours): each chunk failing once must be reported with a
 * Retry that fetches it again and opens what was asked for, with no reload.
 */
const ON_FIRST_USE: [string, RegExp][] = [
  ['the tours code', /\/assets\/tourActions-[\w-]+\.js$/],
  ['the tours panel', /\/assets\/ToursPanel-[\w-]+\.js$/],
  ['the built-in tours', /\/assets\/tours-[\w-]+\.js$/],
];

for (const [what, file] of ON_FIRST_USE)
  test(`${what} failing once on first use is reported, and Retry opens the tours`, async ({ page }) => {
    let failures = 0;
    await page.route(file, (route) => (failures++ === 0 ? route.abort() : route.continue()));
    await page.goto('/');
    await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Tours' }).click();
    const retry = page.getByRole('button', { name: /^Retry/ });
    await expect(retry).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(/could not be loaded/).first()).toBeVisible();
    await retry.click();
    const panel = page.getByRole('region', { name: 'Tours' });
    await expect(panel.getByRole('button', { name: 'Present' }).first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
    expect(failures).toBeGreaterThan(0);
  });
