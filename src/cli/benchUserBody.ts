import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BufferAttribute, BufferGeometry } from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { LoopSubdivision } from 'three-subdivide';
import { importBody } from '../bodyImport/importBody';
import { installNodeDom } from '../bodyImport/nodeDom';
import { resolvePoints } from '../core/atlas';
import { calibrate } from '../core/calibration/calibrate';
import { armLandmarks } from '../core/calibration/transfer';
import { resolveNerveSites } from '../core/nerveSites';
import type { MeshArrays } from '../core/surface';
import { createSurface } from '../mesh/surface';
import { atlasData } from '../data';
import { nptData } from '../data/npt';
import { cachePath, readCachedSkin, writeCachedSkin } from './benchSkinCache';
import { listBodies, readBody, ROOT } from './bodyFiles';
import { readKeyLandmarks } from './userBodyFile';

/** MakeHuman's body from Debian's assimp-testmodels, and the key landmarks the project placed on it. */
export const MAKEHUMAN_MESH = '/usr/share/assimp/models/Collada/human.zae';
export const MAKEHUMAN_KEYS = `${ROOT}/tests/fixtures/makehuman-key-landmarks.json`;

/** Loop subdivision (three-subdivide, a benchmark-only dependency), welded back into an indexed mesh. */
export function subdivide(mesh: MeshArrays, iterations: number): MeshArrays {
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  g.setIndex(new BufferAttribute(Uint32Array.from(mesh.indices), 1));
  // split: false — no pre-split of coplanar faces, so each iteration makes exactly four triangles of one
  const fine = mergeVertices(LoopSubdivision.modify(g, iterations, { split: false }), 1e-6);
  return {
    positions: Float32Array.from(fine.getAttribute('position').array),
    indices: Uint32Array.from(fine.index!.array),
  };
}

/** One size of MakeHuman's body as the bench measured it (times in milliseconds). */
export interface UserBodyRun {
  /** "MakeHuman", "MakeHuman, Loop ×4", … (also the name the frame-rate part saves it under). */
  name: string;
  skin: MeshArrays;
  /** How the skin was made: the import, or the subdivision (fresh or read from the cache). */
  made: { step: 'import' | 'subdivision'; ms: number; cached: boolean };
  index: number;
  transfer: number;
  resolve: number;
  sites: number;
  errors: string[];
}

export const ms = (t: number) => `${t.toFixed(0)} ms`;

/** The skin subdivided `iterations` times, from the cache when an earlier run made it (see benchSkinCache). */
function subdivided(skin: MeshArrays, iterations: number): UserBodyRun['made'] & { skin: MeshArrays } {
  const path = cachePath(MAKEHUMAN_MESH, iterations);
  const cached = readCachedSkin(path);
  if (cached) return { step: 'subdivision', ms: cached.madeIn, cached: true, skin: cached.skin };
  const t0 = performance.now();
  const fine = subdivide(skin, iterations);
  const took = performance.now() - t0;
  writeCachedSkin(path, fine, took);
  return { step: 'subdivision', ms: took, cached: false, skin: fine };
}

/**
 * How the cost of a body brought by the user grows with its size: MakeHuman's body as imported, and Loop-subdivided
 * once (4× the triangles) and twice (16×): import, surface index, landmark transfer, every site resolved. Returns
 * the runs (with their skins, for the frame-rate part), or an empty list when the mesh is not installed.
 */
export async function benchUserBody(): Promise<UserBodyRun[]> {
  if (!existsSync(MAKEHUMAN_MESH)) {
    console.log(`user body: ${MAKEHUMAN_MESH} is missing (apt-get install assimp-testmodels); skipped`);
    return [];
  }
  installNodeDom();
  const shipped = await Promise.all(listBodies().map((id) => readBody(id)));
  const references = shipped.map((b) => ({
    id: b.meta.id,
    landmarks: b.landmarks,
    arms: armLandmarks(b.meshes.skin, b.landmarks),
  }));
  const placed = readKeyLandmarks(MAKEHUMAN_KEYS);
  const t0 = performance.now();
  const imported = await importBody('human.zae', new Uint8Array(readFileSync(MAKEHUMAN_MESH)));
  const importTime = performance.now() - t0;
  const runs: UserBodyRun[] = [];
  for (const iterations of [0, 1, 2]) {
    const { skin, ...made } =
      iterations === 0
        ? { skin: imported.skin, step: 'import' as const, ms: importTime, cached: false }
        : subdivided(imported.skin, iterations);
    const t1 = performance.now();
    const surface = createSurface(skin);
    const t2 = performance.now();
    const calibration = calibrate(skin, placed, references, surface);
    const t3 = performance.now();
    const points = resolvePoints(calibration.surface, calibration.landmarks, atlasData.points);
    const nerves = resolveNerveSites(
      calibration.surface,
      calibration.landmarks,
      atlasData.points,
      nptData.sites,
    );
    const t4 = performance.now();
    const errors = [...points.errors, ...nerves.errors];
    const run: UserBodyRun = {
      name: iterations === 0 ? 'MakeHuman' : `MakeHuman, Loop ×${4 ** iterations}`,
      skin,
      made,
      index: t2 - t1,
      transfer: t3 - t2,
      resolve: t4 - t3,
      sites: points.sites.length + nerves.sites.length,
      errors,
    };
    runs.push(run);
    console.log(
      `user body ${run.name}: ${skin.indices.length / 3} triangles; ${madeText(made)}; ` +
        `surface index ${ms(run.index)}; landmark transfer ${ms(run.transfer)}; ` +
        `${run.sites} sites resolved in ${ms(run.resolve)} (${errors.length} failed` +
        `${errors.length ? `, first: ${errors.slice(0, 3).join('; ')}` : ''})`,
    );
  }
  return runs;
}

/** "import 4812 ms", "subdivision 38120 ms", or "subdivision cached (took 38120 ms when made)". */
export function madeText(made: UserBodyRun['made']): string {
  return made.cached ? `${made.step} cached (took ${ms(made.ms)} when made)` : `${made.step} ${ms(made.ms)}`;
}
