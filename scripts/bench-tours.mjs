/* global performance, requestAnimationFrame, navigator, document */
// Benchmark of lecture use (not a test): builds, serves dist/ locally and drives headless Chromium at 1920×1080.
// 1. Presenting: every built-in tour is presented scene by scene with the → key, as a clicker sends it. For each scene
//    change it prints the time from the key to the scene at rest and drawn (camera where the flight ends, the app's
//    ready signal), the frame rate during the flight (animation frames the browser delivered) and the longest gap
//    between two frames; and it checks that no scene change reloaded the page.
// 2. Repeat visit through the service worker: the every-layer link opened once (the worker installs and precaches the
//    build), then opened again in a new tab of the same browser profile: time to the first frame, and how many of its
//    files came from the worker rather than the network. A cold first visit is printed beside it.
// Usage: npm run bench:tours [-- --no-build]
import { readFileSync } from 'node:fs';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const ROUNDS = 3;
const VIEWPORT = { width: 1920, height: 1080 };
const ALL_LINK =
  '/?view=front&layers=points,channels,extra,npt,dermatomes,dermatome-key,ear-parts,ear-areas,auricular,nrt,expert-spread';
const tours = JSON.parse(readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8')).tours;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

const { base, stop } = await servePreview(4178, { build: !process.argv.includes('--no-build') });

/** Presents one tour to its end; returns one record per scene change. */
async function presentTour(page, tour) {
  await page.goto(`${base}/?tour=${tour.id}`);
  await waitReady(page);
  await page.getByTestId('scene-counter').waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    globalThis.benchSameDocument = true;
  });
  const changes = [];
  for (let i = 1; i < tour.scenes.length; i++) {
    // count the frames the browser delivers from the key press on
    await page.evaluate(() => {
      const s = { frames: 0, longest: 0, last: performance.now(), t0: performance.now(), run: true };
      globalThis.benchFlight = s;
      const tick = (t) => {
        if (!s.run) return;
        s.frames++;
        s.longest = Math.max(s.longest, t - s.last);
        s.last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.keyboard.press('ArrowRight');
    await page
      .getByTestId('scene-counter')
      .filter({ hasText: `${i + 1} / ` })
      .waitFor();
    await page.waitForFunction(() => globalThis.__pointatlas?.cameraAtRest?.() === true, undefined, {
      timeout: 60_000,
    });
    await waitReady(page);
    const s = await page.evaluate(() => {
      const f = globalThis.benchFlight;
      f.run = false;
      const elapsed = performance.now() - f.t0;
      return { elapsed, fps: (f.frames * 1000) / elapsed, longest: f.longest };
    });
    changes.push({ scene: i + 1, ...s });
  }
  const sameDocument = await page.evaluate(() => globalThis.benchSameDocument === true);
  return { changes, sameDocument };
}

/** Opens the every-layer link in `page` and returns the first-frame time and where its files came from. */
async function visit(page, go = () => page.goto(base + ALL_LINK)) {
  const from = { worker: 0, network: 0 };
  const onResponse = (r) => {
    if (r.url().startsWith(base)) from[r.fromServiceWorker() ? 'worker' : 'network']++;
  };
  page.on('response', onResponse);
  await go();
  await waitReady(page);
  page.off('response', onResponse);
  const ready = await page.evaluate(
    () => performance.getEntriesByName('pointatlas:ready')[0]?.startTime ?? NaN,
  );
  return { ready, from };
}

try {
  console.log('Presenting the built-in tours at 1920×1080 (→ to each next scene):');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const all = [];
  for (const tour of tours) {
    const { changes, sameDocument } = await presentTour(page, tour);
    all.push(...changes);
    const worst = changes.reduce((a, c) => (c.elapsed > a.elapsed ? c : a));
    console.log(
      `  ${tour.id.padEnd(22)} ${changes.length} changes: median ${ms(median(changes.map((c) => c.elapsed)))} to rest, ` +
        `median ${median(changes.map((c) => c.fps)).toFixed(1)} fps in flight, longest frame gap ` +
        `${ms(Math.max(...changes.map((c) => c.longest)))} (slowest: scene ${worst.scene}, ${ms(worst.elapsed)})` +
        (sameDocument ? '' : '  PAGE RELOADED'),
    );
  }
  console.log(
    `  all ${all.length} changes: median ${ms(median(all.map((c) => c.elapsed)))} key → scene at rest and drawn; ` +
      `median ${median(all.map((c) => c.fps)).toFixed(1)} fps in flight; ` +
      `median longest frame gap ${ms(median(all.map((c) => c.longest)))}`,
  );
  await browser.close();

  console.log('Every-layer link, first visit and repeat visit through the service worker:');
  const cold = [];
  const warm = [];
  let lastWarm = null;
  for (let i = 0; i < ROUNDS; i++) {
    const b = await launchChromium();
    const context = await b.newContext({ viewport: VIEWPORT, serviceWorkers: 'allow' });
    const first = await context.newPage();
    const v1 = await visit(first);
    cold.push(v1.ready);
    // installed and precached (a function given to waitForFunction may not be async: its promise counts as true)
    await first.evaluate(() => navigator.serviceWorker.ready);
    const again = await context.newPage();
    const v2 = await visit(again);
    warm.push(v2.ready);
    lastWarm = v2;
    const controlled = await again.evaluate(
      () => !!navigator.serviceWorker.controller && document.hidden === false,
    );
    if (!controlled) console.warn('  warning: the repeat visit was not controlled by the service worker');
    await b.close();
  }
  console.log(`  first visit (cold, network):  median ${ms(median(cold))} to the first frame`);
  console.log(
    `  repeat visit (worker):        median ${ms(median(warm))} to the first frame; ` +
      `${lastWarm.from.worker} files from the worker, ${lastWarm.from.network} from the network`,
  );
} finally {
  stop();
}
