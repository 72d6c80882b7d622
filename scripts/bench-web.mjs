/* global window, performance, requestAnimationFrame */
// Benchmark of the web app (not a test): builds, serves dist/ locally and drives headless Chromium in one run.
// Prints the JS transferred (gzip) before the first frame, all bytes before it, the time from navigation to the first
// frame, and the frame rate with every layer on divided by the frame rate of the bare body.
//
// The first frame is timed on two links, each opened ROUNDS times in a newly launched browser (cold HTTP cache, no
// compiled code; the median is printed): the default view, and a link that turns every layer on — the budget applies
// to that one. The browser first shows a blank tab and is left idle for a second, then the link is opened in that
// tab: the browser and the tab's renderer process are running, as a user's browser is (desktop Chrome also keeps a
// spare renderer process ready for the next navigation). Two other ways in are printed for reference, not judged:
// the link in a new tab of the running browser (headless Chromium then starts a renderer process for it), and a
// browser launched with the link (it also starts its GPU process, SwiftShader here, which the page's WebGL waits for).
// "First frame" is the app's `pointatlas:ready` mark: the body and every visible layer drawn and read back from the
// GPU (src/scene/FrameReadyProbe.tsx). Also printed, on Linux: the CPU time Chromium's GPU process and the page's
// renderer spent from navigation to that mark in the every-layer visits, a steadier figure than the wall clock for
// comparing two builds (docs/performance.md). Usage: npm run bench:web [-- --no-build] [-- --files]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const BUDGET = { initialJsKiB: 400, firstFrameMs: 1500, ratio: 0.8 };
const FRAMES = 12;
const ROUNDS = 5;
/** Alternations of every layer on / off for the frame-rate ratio (each side timed over FRAMES frames). */
const ALTERNATIONS = 7;
/** Every layer id of the app (src/state/acupunctureLayers.ts, nptLayer.ts, neuroLayers.ts, expertSpreadLayer.ts). */
const ALL_LAYERS = [
  'points',
  'channels',
  'extra',
  'npt',
  'dermatomes',
  'dermatome-key',
  'ear-parts',
  'ear-areas',
  'auricular',
  'nrt',
  'expert-spread',
];
const DEFAULT_LINK = '/?view=front';
const ALL_LINK = `/?view=front&layers=${ALL_LAYERS.join(',')}`;

const { base, stop } = await servePreview(4176, { build: !process.argv.includes('--no-build') });
const gz = (path) => gzipSync(readFileSync(`dist${path}`)).length;
const size = (path) => statSync(`dist${path === '/' ? '/index.html' : path}`).size;
const kib = (b) => `${(b / 1024).toFixed(1)} kB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mark = (ok) => (ok ? 'ok' : 'OVER BUDGET');

/**
 * CPU time (ms, user + system) of the running Chromium's GPU process and renderer processes, read from /proc; null
 * where there is no /proc. The benchmark runs one browser at a time, so every such process is this visit's.
 */
function chromiumCpuMs() {
  if (!existsSync('/proc/self/stat')) return null;
  const ms = { gpu: 0, renderer: 0 };
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const kind = cmd.includes('--type=gpu-process')
        ? 'gpu'
        : cmd.includes('--type=renderer')
          ? 'renderer'
          : null;
      if (!kind || !cmd.includes('chrom')) continue;
      // fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 per second)
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ms[kind] += (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      // the process ended while being read
    }
  }
  return ms;
}

/**
 * Opens a link in a new browser, `way`: in the running browser's blank tab, in a new tab of it, or in a browser
 * launched for it. Returns the first-frame time, the CPU time until then, and the same-origin files that had arrived
 * by then (page and workers alike: the body file is fetched by a worker), from Chromium's own request timing.
 */
async function firstVisit(link, { way = 'same-tab' } = {}) {
  const browser = await launchChromium();
  try {
    const viewport = { width: 1280, height: 800 };
    let page = await browser.newPage({ viewport });
    if (way !== 'launch') {
      await page.goto('about:blank');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(1000);
      if (way === 'new-tab') page = await browser.newPage({ viewport });
    }
    const finished = [];
    page.context().on('requestfinished', (r) => finished.push(r));
    const cpuBefore = chromiumCpuMs();
    await page.goto(base + link);
    await waitReady(page);
    const cpuAfter = chromiumCpuMs();
    const cpu = cpuBefore &&
      cpuAfter && { gpu: cpuAfter.gpu - cpuBefore.gpu, renderer: cpuAfter.renderer - cpuBefore.renderer };
    const { ready, origin } = await page.evaluate(() => ({
      ready: performance.getEntriesByName('pointatlas:ready')[0]?.startTime ?? NaN,
      origin: performance.timeOrigin,
    }));
    const before = finished
      .filter((r) => r.url().startsWith(base))
      .filter((r) => {
        const t = r.timing();
        return t.startTime + t.responseEnd <= origin + ready;
      })
      .map((r) => new URL(r.url()).pathname);
    const layersOn = await page.locator('[data-testid^="layer-toggle-"]:checked').count();
    return { ready, cpu, before: [...new Set(before)], layersOn, browser, page };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

try {
  const runs = { default: [], all: [] };
  const cpuAll = [];
  let files = [];
  let measured = null;
  for (let i = 0; i < ROUNDS; i++) {
    for (const [key, link] of [
      ['default', DEFAULT_LINK],
      ['all', ALL_LINK],
    ]) {
      const visit = await firstVisit(link);
      runs[key].push(visit.ready);
      if (key === 'all' && visit.cpu) cpuAll.push(visit.cpu);
      if (key === 'all' && visit.layersOn !== ALL_LAYERS.length) {
        console.warn(
          `warning: ${visit.layersOn} of ${ALL_LAYERS.length} layers were on in the every-layer link`,
        );
      }
      // bytes from the every-layer visit of the last round; its page then measures the frame rates
      if (key === 'all' && i === ROUNDS - 1) {
        files = visit.before;
        measured = visit;
      } else await visit.browser.close();
    }
  }

  // Frame rates, in the every-layer page, alternating every layer on / off and comparing the medians: the machine's
  // load drifts, and alternating keeps both measurements under the same conditions. After each switch the page settles
  // (two animation frames) and draws two frames untimed: switching a layer on rebuilds its geometry and uploads it,
  // a one-off cost that is not the layer's frame rate.
  const { page, browser } = measured;
  const toggles = page.locator('[data-testid^="layer-toggle-"]');
  const setAll = async (on) => {
    for (const t of await toggles.all()) await t.setChecked(on);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.evaluate(() => window.__pointatlas.renderFrames(2));
  };
  await page.waitForTimeout(1500); // the work deferred after the first frame (derivations, data, picking BVH)
  const fps = () => page.evaluate((n) => window.__pointatlas.renderFrames(n), FRAMES);
  await page.evaluate(() => window.__pointatlas.renderFrames(3));
  const all = [];
  const bare = [];
  for (let i = 0; i < ALTERNATIONS; i++) {
    all.push(await fps());
    await setAll(false);
    bare.push(await fps());
    await setAll(true);
  }
  const programs = await page.evaluate(() => window.__pointatlas.programs().length);
  await browser.close();

  // the every-layer link opened the two other ways, for reference (not judged against the budget)
  const other = { 'new-tab': [], launch: [] };
  for (let i = 0; i < ROUNDS; i++) {
    for (const way of Object.keys(other)) {
      const visit = await firstVisit(ALL_LINK, { way });
      other[way].push(visit.ready);
      await visit.browser.close();
    }
  }

  const html = readFileSync(`${process.env.PA_DIST ?? 'dist'}/index.html`, 'utf8');
  const entryJs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const jsBefore = files.filter((p) => p.endsWith('.js'));
  const jsGz = jsBefore.reduce((s, p) => s + gz(p), 0);
  const bytesBefore = files.reduce((s, p) => s + size(p), 0);
  const ffAll = median(runs.all);
  const ffDefault = median(runs.default);
  const fpsAll = median(all);
  const fpsBare = median(bare);
  const ratio = fpsAll / fpsBare;
  if (process.argv.includes('--files'))
    for (const p of jsBefore) console.log(`  ${kib(gz(p)).padStart(9)}  ${p}`);
  const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `JS named in index.html (gzip):      ${kib(entryJs.reduce((s, p) => s + gz(p), 0))} (entry and preloads)`,
  );
  console.log(
    `JS before first frame (gzip):       ${kib(jsGz)} in ${jsBefore.length} files  [budget ${BUDGET.initialJsKiB} kB] ${mark(jsGz / 1024 <= BUDGET.initialJsKiB)}`,
  );
  console.log(
    `all bytes before first frame:       ${kib(bytesBefore)} (uncompressed, ${files.length} files, body model included)`,
  );
  console.log(
    `first frame, default view:          ${ffDefault.toFixed(0)} ms (median of ${ROUNDS}: ${list(runs.default)})`,
  );
  console.log(
    `first frame, body + every layer:    ${ffAll.toFixed(0)} ms at 1280×800, running browser, its tab (median of ${ROUNDS}: ${list(runs.all)})  [budget ${BUDGET.firstFrameMs} ms] ${mark(ffAll <= BUDGET.firstFrameMs)}`,
  );
  if (cpuAll.length)
    console.log(
      `  CPU until then:                   GPU process ${median(cpuAll.map((c) => c.gpu))} ms, renderer ${median(cpuAll.map((c) => c.renderer))} ms (medians; for comparing builds)`,
    );
  console.log(
    `  in a new tab:                     ${median(other['new-tab']).toFixed(0)} ms (median of ${ROUNDS}: ${list(other['new-tab'])}; a renderer process starts for it)`,
  );
  console.log(
    `  in a browser launched with it:    ${median(other.launch).toFixed(0)} ms (median of ${ROUNDS}: ${list(other.launch)}; the GPU process starts too)`,
  );
  console.log(
    `frame rate, every layer:            ${fpsAll.toFixed(1)} fps (median of ${ALTERNATIONS}, slowest ${Math.min(...all).toFixed(1)}; ${programs} shader programs)`,
  );
  console.log(
    `frame rate, bare body:              ${fpsBare.toFixed(1)} fps (median of ${ALTERNATIONS}, alternating)`,
  );
  console.log(
    `ratio all layers / bare body:       ${ratio.toFixed(2)}  [budget ≥ ${BUDGET.ratio}] ${mark(ratio >= BUDGET.ratio)}`,
  );
} finally {
  stop();
}
