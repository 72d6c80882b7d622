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
import { listBodies, readBody, ROOT } from './bodyFiles';
import { readKeyLandmarks } from './userBodyFile';

/** MakeHuman's body from Debian's assimp-testmodels, and the key landmarks the project placed on it. */
const MESH = '/usr/share/assimp/models/Collada/human.zae';
const KEYS = `${ROOT}/tests/fixtures/makehuman-key-landmarks.json`;

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

const ms = (t: number) => `${t.toFixed(0)} ms`;

/**
 * How the cost of a body brought by the user grows with its size: MakeHuman's body as imported, and Loop-subdivided
 * once (4× the triangles) and twice (16×): import, surface index, landmark transfer, every site resolved.
 */
export async function benchUserBody(): Promise<void> {
  if (!existsSync(MESH)) {
    console.log(`user body: ${MESH} is missing (apt-get install assimp-testmodels); skipped`);
    return;
  }
  installNodeDom();
  const shipped = await Promise.all(listBodies().map((id) => readBody(id)));
  const references = shipped.map((b) => ({
    id: b.meta.id,
    landmarks: b.landmarks,
    arms: armLandmarks(b.meshes.skin, b.landmarks),
  }));
  const placed = readKeyLandmarks(KEYS);
  const t0 = performance.now();
  const imported = await importBody('human.zae', new Uint8Array(readFileSync(MESH)));
  const importTime = performance.now() - t0;
  for (const iterations of [0, 1, 2]) {
    const s0 = performance.now();
    const skin = iterations === 0 ? imported.skin : subdivide(imported.skin, iterations);
    const subdivideTime = performance.now() - s0;
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
    const sites = points.sites.length + nerves.sites.length;
    const errors = points.errors.length + nerves.errors.length;
    console.log(
      `user body MakeHuman ×${4 ** iterations}: ${skin.indices.length / 3} triangles; ` +
        (iterations === 0 ? `import ${ms(importTime)}` : `subdivision ${ms(subdivideTime)}`) +
        `; surface index ${ms(t2 - t1)}; landmark transfer ${ms(t3 - t2)}; ` +
        `${sites} sites resolved in ${ms(t4 - t3)} (${errors} failed${errors ? `, first: ${[...points.errors, ...nerves.errors].slice(0, 3).join('; ')}` : ''})`,
    );
  }
}
