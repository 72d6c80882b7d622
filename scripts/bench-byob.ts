// The frame rate of the view with every layer on, for a body brought through "Add your body": MakeHuman's body
// (Debian's assimp-testmodels, CC0) as imported and Loop-subdivided once (4× the triangles), beside the shipped
// female body in the same browser. Each body goes through the dialog as a user's file does (the key landmarks of
// tests/fixtures/makehuman-key-landmarks.json clicked on the preview). Serves the build in dist/ (build first).
// Usage: npx tsx scripts/bench-byob.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeBodyGlb } from '../src/body/glb';
import { importBody } from '../src/bodyImport/importBody';
import { installNodeDom } from '../src/bodyImport/nodeDom';
import type { MeshArrays } from '../src/core/surface';
import type { Vec3 } from '../src/core/vec';
import { subdivide } from '../src/cli/benchUserBody';
import { importScan, placeKeyLandmarks } from '../tests/e2e/byobFlow';
// @ts-expect-error the script helpers are plain JavaScript
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const MESH = '/usr/share/assimp/models/Collada/human.zae';
const KEYS = 'tests/fixtures/makehuman-key-landmarks.json';
const ALL =
  'points,channels,extra,npt,dermatomes,dermatome-key,ear-parts,ear-areas,auricular,nrt,expert-spread';

installNodeDom();
const imported = await importBody('human.zae', new Uint8Array(readFileSync(MESH)));
const landmarks = JSON.parse(readFileSync(KEYS, 'utf8')).landmarks as Record<string, Vec3>;
const lowestOf = (p: Float32Array): Vec3 => {
  const m = [Infinity, Infinity, Infinity];
  for (let i = 0; i < p.length; i++) m[i % 3] = Math.min(m[i % 3], p[i]);
  return [m[0], m[1], m[2]];
};
/** A GLB of a body-frame skin (metres, +Y up, +Z front): the app's import finds the same frame again. */
async function scanFile(name: string, skin: MeshArrays) {
  const path = join(tmpdir(), name);
  const indices = Uint32Array.from(skin.indices);
  writeFileSync(
    path,
    await encodeBodyGlb([{ name: 'skin', mesh: { positions: skin.positions, indices }, color: [1, 1, 1] }]),
  );
  return { path, landmarks, lowest: lowestOf(skin.positions), triangles: indices.length / 3 };
}
const scans = [
  ['MakeHuman', await scanFile('makehuman.glb', imported.skin)],
  ['MakeHuman, Loop ×4', await scanFile('makehuman-4x.glb', subdivide(imported.skin, 1))],
] as const;

const fps = async (page: Page) => {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await page.evaluate(() => window.__pointatlas!.renderFrames(20)));
  return Math.max(...runs);
};

const served = await servePreview(4180, { build: false });
const browser = await launchChromium();
try {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${served.base}/?view=front&layers=${ALL}`);
  await waitReady(page);
  console.log(`female (shipped): ${(await fps(page)).toFixed(1)} frames/s with every layer on`);
  for (const [name, scan] of scans) {
    await importScan(page, scan);
    await placeKeyLandmarks(page, scan);
    await page.getByRole('button', { name: /^Calibrate/ }).click();
    await page.getByRole('button', { name: /^Save this body/ }).waitFor({ timeout: 600_000 });
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: /^Save this body/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden', timeout: 300_000 });
    await waitReady(page, 600_000);
    console.log(
      `${name} (${scan.triangles} triangles): ${(await fps(page)).toFixed(1)} frames/s with every layer on`,
    );
  }
} finally {
  await browser.close();
  served.stop();
}
