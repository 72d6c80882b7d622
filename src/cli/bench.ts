import { performance } from 'node:perf_hooks';
import { channelLines, resolvePoints } from '../core/atlas';
import { createSurface } from '../mesh/surface';
import { distance } from '../core/vec';
import { atlasData } from '../data';
import { runMain } from './args';
import { listBodies, readBody } from './bodyFiles';
import { benchUserBody } from './benchUserBody';

/** `npm run bench`: per body, the time to build the surface index and to resolve every site (a benchmark, not a test). */
runMain(async () => {
  for (const id of listBodies()) {
    const body = await readBody(id);
    const runs = 5;
    let index = Infinity;
    let resolve = Infinity;
    let lines = Infinity;
    let count = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const surface = createSurface(body.meshes.skin);
      const t1 = performance.now();
      const { sites } = resolvePoints(surface, body.landmarks, atlasData.points);
      const t2 = performance.now();
      channelLines(surface, sites, atlasData.points);
      const t3 = performance.now();
      index = Math.min(index, t1 - t0);
      resolve = Math.min(resolve, t2 - t1);
      lines = Math.min(lines, t3 - t2);
      count = sites.length;
    }
    console.log(
      `${id}: ${body.meshes.skin.indices.length / 3} triangles; surface index ${index.toFixed(0)} ms; ` +
        `${count} sites resolved in ${resolve.toFixed(0)} ms (goal ≤ 100 ms); channel lines ${lines.toFixed(0)} ms (best of ${runs})`,
    );
    // Stability: walk the right side on its own and compare with the mirrored left.
    const surface = createSurface(body.meshes.skin);
    const mirrored = new Map(
      resolvePoints(surface, body.landmarks, atlasData.points).sites.map((s) => [s.id, s]),
    );
    const t0 = performance.now();
    const walked = resolvePoints(surface, body.landmarks, atlasData.points, { mirror: false });
    const both = performance.now() - t0;
    const gaps = walked.sites
      .filter((s) => s.side === 'R')
      .map((s) => [s.id, distance(s.position, mirrored.get(s.id)!.position)] as const)
      .sort((a, b) => b[1] - a[1]);
    const far = gaps.filter(([, d]) => d > 0.003);
    console.log(
      `${id}: walking both sides on their own takes ${both.toFixed(0)} ms; ${far.length} of ${gaps.length} right sites ` +
        `land > 3 mm from the mirrored left: ${far.map(([s, d]) => `${s} ${(d * 1000).toFixed(0)} mm`).join(', ')}`,
    );
  }
  await benchUserBody();
});
