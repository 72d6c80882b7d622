// Writes PNGs of the built-in tours in presenter mode at 1920×1080 (projector size): three scenes of each tour, to
// screenshots/tours/. Usage: node scripts/tour-shots.mjs [--no-build]
import { mkdirSync, readFileSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const OUT = 'screenshots/tours';
mkdirSync(OUT, { recursive: true });
const tours = JSON.parse(readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8')).tours;
const { base, stop } = await servePreview(4177, { build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const atRest = () =>
  page.waitForFunction(() => globalThis.__pointatlas?.cameraAtRest?.() === true, undefined, {
    timeout: 60_000,
  });
for (const tour of tours) {
  const picks = [...new Set([0, Math.floor(tour.scenes.length / 2), tour.scenes.length - 1])];
  await page.goto(`${base}/?tour=${tour.id}`);
  await waitReady(page);
  await page.getByTestId('scene-counter').waitFor({ timeout: 60_000 });
  let at = 0;
  for (const i of picks) {
    while (at < i) {
      await page.keyboard.press('ArrowRight');
      at++;
    }
    await page
      .getByTestId('scene-counter')
      .filter({ hasText: `${i + 1} / ` })
      .waitFor();
    await atRest();
    await waitReady(page);
    await page.waitForTimeout(300);
    const file = `${OUT}/${tour.id}-${i + 1}-1920.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
}
await browser.close();
stop();
