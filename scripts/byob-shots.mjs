// Screenshots of the atlas on MakeHuman's body (Debian's assimp-testmodels, CC0), to screenshots/byob/. The body is
// staged into models/ for the build only (src/cli/stageUserBody.ts) and removed afterwards: never commit it.
// Usage: node scripts/byob-shots.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const MESH = '/usr/share/assimp/models/Collada/human.zae';
const KEYS = 'tests/fixtures/makehuman-key-landmarks.json';
const OUT = 'screenshots/byob';
const tsx = (args) => {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/stageUserBody.ts', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim().split('\n').pop();
};

mkdirSync(OUT, { recursive: true });
process.env.PA_DIST ??= 'dist-byob';
const id = tsx(['--body-file', MESH, '--key-landmarks', KEYS]);
let served;
try {
  served = await servePreview(4178);
} finally {
  tsx(['--remove', id]);
}
const browser = await launchChromium();
for (const [w, h] of [
  [1280, 800],
  [1920, 1080],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const view of ['front', 'back']) {
    await page.goto(`${served.base}/?body=${id}&view=${view}`);
    await waitReady(page);
    await page.waitForTimeout(500);
    const file = `${OUT}/makehuman-${view}-${w}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
served.stop();
