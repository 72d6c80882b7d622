// Renders public/icons/icon.svg (the project's own drawing) to the PNG sizes the web app manifest lists, in headless
// Chromium. Run after changing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await launchChromium();
for (const [name, size, pad] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  // maskable: the drawing inside the central 80 % safe zone, the background to the edges
  ['icon-maskable-512.png', 512, 0.1],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * (1 - 2 * pad));
  await page.setContent(
    `<body style="margin:0;background:#1d2528;display:grid;place-items:center;height:${size}px">` +
      svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
      '</body>',
  );
  await page.screenshot({ path: new URL(`../public/icons/${name}`, import.meta.url).pathname });
  await page.close();
}
await browser.close();
