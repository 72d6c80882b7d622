/* global window, performance */
// Benchmark of the web app (not a test): builds, serves dist/ locally and drives headless Chromium in one run.
// Prints JS transferred (gzip), bytes before the first frame, time to the first frame with body and every layer,
// and the frame rate with every layer divided by the frame rate of the bare body. Usage: npm run bench:web
import { Buffer } from 'node:buffer';
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
  const responses = [];
  let ready = false;
  page.on('response', async (r) => {
    const url = new URL(r.url());
    if (url.origin !== base) return;
    const beforeReady = !ready;
    const body = await r.body().catch(() => Buffer.alloc(0));
    responses.push({ path: url.pathname, bytes: body.length, beforeReady });
  });
  const html = readFileSync('dist/index.html', 'utf8');
  const initialJs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);

  await page.goto(`${base}/?view=front`);
  await waitReady(page);
  ready = true;
  const firstFrameMs = await page.evaluate(
    () => performance.getEntriesByName('pointatlas:ready')[0]?.startTime ?? NaN,
  );
  await page.waitForTimeout(1500); // let the deferred work (derivations, data, picking BVH) finish

  // Frame rates are measured in the same page, alternating every layer on / off, and the medians compared: the
  // machine's load drifts, and alternating keeps both measurements under the same conditions.
  const toggles = page.locator('[data-testid^="layer-toggle-"]');
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

  const before = responses.filter((r) => r.beforeReady);
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
