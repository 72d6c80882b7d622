// Writes PNGs of the expert-spread areas (front and back, whole body and close up, and ST36's panel) at 1280×800 and
// 1920×1080, to screenshots/uncertainty/. Usage: node scripts/expert-shots.mjs [--no-build]
import { mkdirSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const OUT = 'screenshots/uncertainty';
mkdirSync(OUT, { recursive: true });
const SHOTS = [
  ['front', '?view=front&layers=expert-spread'],
  ['back', '?view=back&layers=expert-spread'],
  ['front-legs', '?layers=expert-spread,channels&cam=0.1,0.34,0.8,0.1,0.34,0'],
  ['back-trunk', '?layers=expert-spread,channels&cam=0.05,1.0,-0.75,0.05,0.97,0'],
  ['front-arm', '?layers=expert-spread,channels&cam=0.3,0.95,0.6,0.26,0.95,0'],
  ['panel-ST36', '?layers=expert-spread,points&point=ST36&side=L&cam=0.1,0.34,0.8,0.1,0.34,0'],
  ['panel-LI4', '?layers=expert-spread,points&point=LI4&side=L&view=front'],
];
const { base, stop } = await servePreview(4178, { build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
]) {
  const page = await browser.newPage({ viewport: { width, height } });
  for (const [name, query] of SHOTS) {
    await page.goto(`${base}/${query}`);
    await waitReady(page);
    // the panel shots show the point panel's part on the spread among practitioners
    if (name.startsWith('panel')) await page.getByTestId('expert-spread').scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    const file = `${OUT}/${name}-${width}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
stop();
