/* global window, performance, location */
// Benchmark of the web app (not a test): builds, serves dist/ locally and drives headless Chromium in one run.
// Prints JS transferred (gzip), bytes before the first frame, time to the first frame with body and every layer,
// and the frame rate with every layer divided by the frame rate of the bare body. Usage: npm run bench:web
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const BUDGET = { initialJsKiB: 400, firstFrameMs: 1500, ratio: 0.8 };
const FRAMES = 12;
const ROUNDS = 5;

const { base, stop } = await servePreview(4176, { build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
const gz = (path) => gzipSync(readFileSync(`dist${path}`)).length;

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const html = readFileSync('dist/index.html', 'utf8');
  const initialJs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);

  await page.goto(`${base}/?view=front`);
  await waitReady(page);
  const firstFrameMs = await page.evaluate(
    () => performance.getEntriesByName('pointatlas:ready')[0]?.startTime ?? NaN,
  );
  // What arrived before the first frame, by the page's own resource timing (responseEnd before the ready mark).
  // Not by Playwright response events: their handler fetched every body over CDP during the very load being timed,
  // and the chunks requested right after the first frame (derivations, data) often landed before Node heard of
  // data-ready, so they were counted as "before".
  const before = await page.evaluate((ready) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance
      .getEntriesByType('resource')
      .filter((r) => r.responseEnd <= ready && new URL(r.name).origin === location.origin);
    return [nav, ...res].map((r) => ({ path: new URL(r.name).pathname, bytes: r.decodedBodySize }));
  }, firstFrameMs);
  await page.waitForTimeout(1500); // let the deferred work (derivations, data, picking BVH) finish
  // "every layer" includes the layers added after the first frame (dermatomes, ears, NRT): wait until the layer
  // panel stops growing, so no round measures fewer layers than another
  const toggles = page.locator('[data-testid^="layer-toggle-"]');
  for (let n = -1, t0 = Date.now(); Date.now() - t0 < 30_000;) {
    const now = await toggles.count();
    if (now === n) break;
    n = now;
    await page.waitForTimeout(1000);
  }

  // Frame rates are measured in the same page, alternating every layer on / off, and the medians compared: the
  // machine's load drifts, and alternating keeps both measurements under the same conditions.
  const setAll = async (on) => {
    for (const t of await toggles.all()) await t.setChecked(on);
  };
  const fps = () => page.evaluate((n) => window.__pointatlas.renderFrames(n), FRAMES);
  await page.evaluate(() => window.__pointatlas.renderFrames(3));
  const all = [];
  const bare = [];
  for (let i = 0; i < ROUNDS; i++) {
    all.push(await fps());
    await setAll(false);
    bare.push(await fps());
    await setAll(true);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fpsAll = median(all);
  const fpsBare = median(bare);
  const warm = Math.min(...all);

  const jsBefore = [...new Set(before.filter((r) => r.path.endsWith('.js')).map((r) => r.path))];
  const kib = (b) => `${(b / 1024).toFixed(1)} kB`;
  const initialGz = initialJs.reduce((s, p) => s + gz(p), 0);
  const allJsGz = jsBefore.reduce((s, p) => s + gz(p), 0);
  const bytesBefore = before.reduce((s, r) => s + r.bytes, 0);
  const ratio = fpsAll / fpsBare;
  const mark = (ok) => (ok ? 'ok' : 'OVER BUDGET');
  console.log(
    `initial JS (gzip):                 ${kib(initialGz)}  [budget ${BUDGET.initialJsKiB} kB] ${mark(initialGz / 1024 <= BUDGET.initialJsKiB)}`,
  );
  console.log(`JS transferred before first frame: ${kib(allJsGz)} gzip in ${jsBefore.length} files`);
  console.log(
    `total bytes before first frame:    ${kib(bytesBefore)} (uncompressed, ${before.length} responses)`,
  );
  console.log(
    `first frame, body + every layer:   ${firstFrameMs.toFixed(0)} ms at 1280×800  [budget ${BUDGET.firstFrameMs} ms] ${mark(firstFrameMs <= BUDGET.firstFrameMs)}`,
  );
  console.log(
    `frame rate, every layer:           ${fpsAll.toFixed(1)} fps (median of ${ROUNDS}, slowest ${warm.toFixed(1)})`,
  );
  console.log(
    `frame rate, bare body:             ${fpsBare.toFixed(1)} fps (median of ${ROUNDS}, alternating)`,
  );
  console.log(
    `ratio all layers / bare body:      ${ratio.toFixed(2)}  [budget ≥ ${BUDGET.ratio}] ${mark(ratio >= BUDGET.ratio)}`,
  );
} finally {
  await browser.close();
  stop();
}
