import { performance } from 'node:perf_hooks';
import { channelLines, resolvePoints } from '../core/atlas';
import { createSurface } from '../mesh/surface';
import { distance } from '../core/vec';
import { atlasData } from '../data';
import { parseArgs, runMain } from './args';
import { benchFrameRate } from './benchFrameRate';
import { listBodies, readBody } from './bodyFiles';
import { benchUserBody } from './benchUserBody';
import { printCostTable } from './benchTable';

/**
 * `npm run bench` (a benchmark, not a test): per shipped body, the time to build the surface index and to resolve
 * every site; then MakeHuman's body as imported and subdivided to 4× and 16× the triangles (import, index, landmark
 * transfer, sites) and the frame rate of the view with every layer on for each, in headless Chromium. Pass
 * `--no-frame-rate` to leave out the browser part.
 */
runMain(async () => {
  let femaleTriangles: number | undefined;
  const args = parseArgs(process.argv.slice(2), { values: [], flags: ['no-frame-rate'] });
  for (const id of listBodies()) {
    const body = await readBody(id);
    if (id === 'female') femaleTriangles = body.meshes.skin.indices.length / 3;
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
  const runs = await benchUserBody();
  const fps = args['no-frame-rate'] ? new Map<string, number | string>() : await benchFrameRate(runs);
  printCostTable(runs, fps, femaleTriangles);
});
