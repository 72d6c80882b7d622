import type { Page } from '@playwright/test';
import { expect, test, openAtlas, recordRequests } from './helpers';
import { serveBuild } from './serveBuild';

test.use({ serviceWorkers: 'allow' });

test('after one visit the atlas, its bodies and every layer open with no network', async ({
  page,
  context,
}) => {
  const urls = recordRequests(page);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await openAtlas(page, '?layers=points,channels,extra,npt,dermatomes,auricular,nrt');
  // the worker is registered after the first frame and precaches the whole build; the first visit's page is not
  // taken over (an update never takes over a page in use), so wait for the worker itself to be active
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      timeout: 90_000,
    })
    .toBe('activated');
  const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);

  await context.setOffline(true);
  // the other body too, with every layer: nothing of it was fetched on the first visit
  await openAtlas(page, '?body=male&layers=points,channels,extra,npt,dermatomes,auricular,nrt');
  await expect(page.getByRole('heading', { name: 'Layers' })).toBeVisible();
  await page.getByRole('combobox').fill('ST36');
  await expect(page.getByRole('option', { name: /ST36/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByTestId('offline-status')).toContainText('Works offline');
  await page.keyboard.press('Escape');
  // a built-in tour, offline: its code and data come from the worker too
  await openAtlas(page, '?tour=nerve-exit-sites');
  await expect(page.getByTestId('scene-counter')).toHaveText('1 / 7');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('scene-counter')).toHaveText('2 / 7');
  await expect(page.locator('.tour-callout').first()).toBeVisible();
  expect(urls.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
  // every request was answered (by the network on the first visit, by the worker after)
  expect(failed).toEqual([]);
});

/** Waits until the page's service worker has installed and precached the build. */
async function workerActive(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), {
      timeout: 90_000,
    })
    .toBe('activated');
}

test('a stored plan opens, changes and survives a reload with no network', async ({ page, context }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await openAtlas(page, '?view=back');
  await page.getByRole('button', { name: 'Workspace' }).click();
  const ws = page.getByTestId('workspace-panel');
  await ws.getByRole('button', { name: 'New client' }).click();
  await ws.getByLabel(/^Label/).fill('C-9');
  await ws.getByRole('button', { name: 'Save client' }).click();
  await ws.getByLabel('New plan').fill('Neck and back');
  await ws.getByRole('button', { name: 'Create plan' }).click();
  const box = page.getByRole('combobox', { name: 'Search points' });
  const codes = page.getByTestId('plan-item').locator('.code');
  await box.fill('BL23');
  await page.getByRole('option').filter({ hasText: 'BL23' }).first().getByRole('button').click();
  await expect(codes).toHaveText(['BL23']);
  await box.press('Escape');
  await workerActive(page);

  await context.setOffline(true);
  const reopen = async () => {
    await page.reload();
    await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Workspace' }).click();
    await ws.getByRole('button', { name: 'C-9' }).click();
    await ws.getByRole('button', { name: 'Neck and back', exact: true }).click();
  };
  await reopen();
  await expect(codes).toHaveText(['BL23']);
  // drawn on the body, from the workspace code the worker served
  await expect(page.locator('.plan-label[data-site="BL23.L"]')).toHaveText('1');
  // changed offline, kept offline
  await box.fill('BL40');
  await page.getByRole('option').filter({ hasText: 'BL40' }).first().getByRole('button').click();
  await expect(codes).toHaveText(['BL23', 'BL40']);
  await box.press('Escape');
  await reopen();
  await expect(codes).toHaveText(['BL23', 'BL40']);
  await expect(page.locator('.plan-label[data-site="BL40.R"]')).toHaveText('2');
  expect(failed).toEqual([]);
});

test('a new version waits for the user: a notice, no reload until asked', async ({ page }) => {
  // a server of our own, so that the build it serves can change under the page
  const server = await serveBuild();
  try {
    const ready = () =>
      expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
    await page.goto(server.url);
    await ready();
    await expect
      .poll(
        () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state),
        {
          timeout: 90_000,
        },
      )
      .toBe('activated');
    await page.reload(); // now under the worker's control
    await ready();
    await page.evaluate(() => {
      (window as unknown as { sameVisit: boolean }).sameVisit = true;
    });
    server.nextVersion();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByTestId('update-banner')).toContainText('A new version of PointAtlas is ready', {
      timeout: 90_000,
    });
    // nothing reloaded the page by itself
    expect(await page.evaluate(() => (window as unknown as { sameVisit?: boolean }).sameVisit)).toBe(true);
    // asked, it reloads once into the new version
    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Reload now' }).click(),
    ]);
    await ready();
    expect(
      await page.evaluate(() => (window as unknown as { sameVisit?: boolean }).sameVisit),
    ).toBeUndefined();
    await expect(page.getByTestId('update-banner')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
