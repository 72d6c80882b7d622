import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { calibrateAndName, importScan, placeKeyLandmarks } from '../../tests/e2e/byobFlow';
import { writeSkinGlb } from '../../tests/e2e/byobScan';
import type { MeshArrays } from '../core/surface';
import type { Vec3 } from '../core/vec';
// @ts-expect-error the script helpers are plain JavaScript
import { launchChromium, servePreview, waitReady } from '../../scripts/browser.mjs';
import { ROOT } from './bodyFiles';
import { readKeyLandmarks } from './userBodyFile';

/** Every layer of the atlas, as the view's address names them. */
const ALL =
  'points,channels,extra,npt,dermatomes,dermatome-key,ear-parts,ear-areas,auricular,nrt,expert-spread';
/** How long one body may take to go through the dialog before the bench gives up on it. */
const BUDGET = 20 * 60_000;

/** A user's body for the frame-rate part: its name in the body switch and its skin in the body frame. */
export interface FrameRateBody {
  name: string;
  skin: MeshArrays;
}

/** The newest modification time under `path` (a file or a folder, walked whole). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/**
 * Whether dist/ must be built again: it is missing, or something the build reads (src, data, models, public,
 * index.html, the Vite config, package.json) changed after it. A fresh build costs a minute or two here; most runs need none.
 */
function buildIsStale(): string | null {
  const built = join(ROOT, 'dist/index.html');
  if (!existsSync(built)) return 'dist/ is missing';
  const sources = ['src', 'data', 'models', 'public', 'index.html', 'vite.config.ts', 'package.json'];
  const builtAt = statSync(built).mtimeMs;
  return sources.some((s) => newest(join(ROOT, s)) > builtAt) ? 'dist/ is older than the sources' : null;
}

/** The best of five runs of 20 frames drawn back to back (the app's bench hook), in frames per second. */
async function framesPerSecond(page: Page): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(await page.evaluate(() => window.__pointatlas!.renderFrames(20)));
  return Math.max(...runs);
}

/** Brings the skin in through "Add your body" as a user does: file, key landmarks clicked, calibrate, save. */
async function addBody(page: Page, body: FrameRateBody, landmarks: Record<string, Vec3>) {
  const path = join(tmpdir(), `pointatlas-bench-${process.pid}.glb`);
  try {
    const scan = { path, landmarks, ...(await writeSkinGlb(path, body.skin)) };
    await importScan(page, scan);
    await placeKeyLandmarks(page, scan);
    await calibrateAndName(page, body.name, BUDGET);
    await page.getByRole('button', { name: /^Save this body/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await waitReady(page, BUDGET);
  } finally {
    rmSync(path, { force: true });
  }
}

/** Rejects when `work` takes longer than the budget (each step has its own timeout; this bounds their sum). */
async function withinBudget<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`gave up after ${BUDGET / 60_000} min`)), BUDGET);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The frame rate of the view with every layer on (1280×800, headless Chromium): the shipped female body, then each
 * of `bodies` brought in through "Add your body" with MakeHuman's key landmarks clicked on the preview. Returns
 * frames per second by name, or why a body has no figure; an empty map (with a line saying why) when there is no
 * Chromium.
 */
export async function benchFrameRate(bodies: FrameRateBody[]): Promise<Map<string, number | string>> {
  const out = new Map<string, number | string>();
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(
      `frame rate: no Chromium at ${chromium} (sudo apt-get install -y chromium, or set CHROMIUM_PATH); skipped`,
    );
    return out;
  }
  const stale = buildIsStale();
  console.log(stale ? `frame rate: ${stale}; building it` : 'frame rate: dist/ is up to date; not rebuilt');
  const landmarks = readKeyLandmarks(`${ROOT}/tests/fixtures/makehuman-key-landmarks.json`);
  const served = await servePreview(4180, { build: stale !== null });
  const browser = await launchChromium();
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(BUDGET);
    await page.goto(`${served.base}/?view=front&layers=${ALL}`);
    await waitReady(page);
    const female = await framesPerSecond(page);
    out.set('female (shipped)', female);
    console.log(`frame rate female (shipped): ${female.toFixed(1)} frames/s with every layer on`);
    for (const body of bodies) {
      const t0 = Date.now();
      try {
        await withinBudget(addBody(page, body, landmarks));
        const fps = await framesPerSecond(page);
        out.set(body.name, fps);
        console.log(
          `frame rate ${body.name} (${body.skin.indices.length / 3} triangles): ${fps.toFixed(1)} frames/s ` +
            `with every layer on (brought in through the dialog in ${((Date.now() - t0) / 1000).toFixed(0)} s)`,
        );
      } catch (e) {
        const why = `not measured: after ${((Date.now() - t0) / 1000).toFixed(0)} s in the dialog, ${
          e instanceof Error ? e.message.split('\n')[0] : String(e)
        }`;
        out.set(body.name, why);
        console.log(`frame rate ${body.name}: ${why}`);
        // start the next body on a fresh page: the dialog may still be open
        await page.goto(`${served.base}/?view=front&layers=${ALL}`);
        await waitReady(page);
      }
    }
  } finally {
    await browser.close();
    served.stop();
  }
  return out;
}
