import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';

/** A triangle mesh as the loaders give it. */
type TriMesh = { positions: Float32Array; indices: ArrayLike<number> };

type P3 = readonly [number, number, number] | readonly number[];

/** What a flood fill over the skin found: the vertices and their extent. */
export interface SkinPart {
  vertices: Set<number>;
  minAbsX: number;
  meanX: number;
  minY: number;
  maxY: number;
}

/**
 * The skin joined to `seed` by triangle edges without rising to `cutY`: one limb, if the limb is a surface of its own
 * below the cut; the trunk and the other limbs too, if it is fused to them anywhere below it. Written for the tests,
 * independently of the app's own limb labelling (src/core/limbMembership.ts).
 */
export function skinBelow(skin: TriMesh, seed: P3, cutY: number): SkinPart {
  const P = skin.positions;
  const I = skin.indices;
  const n = P.length / 3;
  const nb: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < I.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = I[t + k];
      const b = I[t + ((k + 1) % 3)];
      nb[a].push(b);
      nb[b].push(a);
    }
  let start = 0;
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const d = Math.hypot(P[3 * i] - seed[0], P[3 * i + 1] - seed[1], P[3 * i + 2] - seed[2]);
    if (d < best) [best, start] = [d, i];
  }
  const vertices = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const i = queue.pop()!;
    for (const j of nb[i])
      if (!vertices.has(j) && P[3 * j + 1] < cutY) {
        vertices.add(j);
        queue.push(j);
      }
  }
  let minAbsX = Infinity;
  let sumX = 0;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const i of vertices) {
    minAbsX = Math.min(minAbsX, Math.abs(P[3 * i]));
    sumX += P[3 * i];
    minY = Math.min(minY, P[3 * i + 1]);
    maxY = Math.max(maxY, P[3 * i + 1]);
  }
  return { vertices, minAbsX, meanX: sumX / vertices.size, minY, maxY };
}

/**
 * Whether points lie inside a closed mesh, by the parity of its crossings along a fixed ray: independent of the
 * closest-point queries the engine places sites with.
 */
export function insideTest(skin: TriMesh): (p: P3) => boolean {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(skin.positions, 3));
  geometry.setIndex(new BufferAttribute(Uint32Array.from(skin.indices), 1));
  const bvh = new MeshBVH(geometry);
  // an oblique direction, so the ray does not run along the mesh's grid
  const dir = new Vector3(0.31, 0.83, 0.46).normalize();
  return (p) => bvh.raycast(new Ray(new Vector3(p[0], p[1], p[2]), dir), DoubleSide).length % 2 === 1;
}
