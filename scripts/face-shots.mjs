// The face at the head preset on both bodies, 1920×1080, into screenshots/face/<body>-<tag>.png (issue 12):
// once with the default layers and once with every layer off (the bare face).
// Usage: node scripts/face-shots.mjs TAG [--no-build]   (PA_PORT_OFFSET moves the port)
import { mkdirSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const tag = process.argv[2]?.match(/^[a-z0-9-]+$/)?.[0];
if (!tag) {
  console.error('usage: node scripts/face-shots.mjs TAG [--no-build]');
  process.exit(2);
}
mkdirSync('screenshots/face', { recursive: true });
const { base, stop } = await servePreview(4176, { build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
try {
  for (const body of ['female', 'male']) {
    for (const [suffix, extra] of [
      ['', ''],
      ['-bare', '&layers='],
    ]) {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${base}/?body=${body}&view=head${extra}`);
      await waitReady(page);
      await page.waitForTimeout(300);
      const file = `screenshots/face/${body}-${tag}${suffix}.png`;
      await page.screenshot({ path: file, timeout: 90_000 });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
