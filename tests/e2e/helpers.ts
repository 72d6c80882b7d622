import { expect, type Page } from '@playwright/test';

/** Opens the app at `query` and waits until the body and every visible layer have drawn a frame. */
export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('#root')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
}

/** Records every request the page makes, to check that none leaves the page's origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Screen position (CSS px, page coordinates) of a site's marker, from the app's own projection. */
export async function markerScreenPosition(
  page: Page,
  siteId: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => window.__pointatlas?.projectSite?.(id) ?? null, siteId);
}
