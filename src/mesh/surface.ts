import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH, SAH, type HitPointInfo } from 'three-mesh-bvh';
import type { MeshArrays, Surface, SurfaceHit } from '../core/surface';
import { normalize, type Vec3 } from '../core/vec';

export type { MeshArrays, Surface, SurfaceHit } from '../core/surface';

/** The one BVH over a mesh (three-mesh-bvh): the engine's closest-point queries, and rays for the body generator. */
export interface BvhSurface extends Surface {
  /**
   * Where the line through `p` along `dir` crosses the surface from inside to outside (an outward-facing hit),
   * choosing the crossing nearest to `p`; null when there is none within `reach`.
   */
  projectAlong(p: Vec3, dir: Vec3, reach?: number): Vec3 | null;
}

/** Builds the BVH over a mesh and answers closest-point queries with interpolated vertex normals. */
export function createSurface(mesh: MeshArrays): BvhSurface {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  // The BVH reorders the index it is given: give it a copy, so the caller's mesh (drawn or saved) stays as it was.
  const index = Uint32Array.from(mesh.indices);
  geometry.setIndex(new BufferAttribute(index, 1));
  geometry.computeVertexNormals();
  const bvh = new MeshBVH(geometry, { strategy: SAH, targetLeafSize: 6 });
  const normals = geometry.getAttribute('normal') as BufferAttribute;
  const pos = mesh.positions;
  const query = new Vector3();
  const hit: HitPointInfo = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const recent = new Map<string, SurfaceHit>();
  let gap: number | undefined;

  function smoothNormal(face: number, p: Vector3): Vec3 {
    const ia = index[face * 3];
    const ib = index[face * 3 + 1];
    const ic = index[face * 3 + 2];
    const w = barycentric(pos, ia, ib, ic, p);
    const n: Vec3 = [0, 0, 0].map(
      (_, k) =>
        w[0] * normals.array[ia * 3 + k] +
        w[1] * normals.array[ib * 3 + k] +
        w[2] * normals.array[ic * 3 + k],
    ) as unknown as Vec3;
    return normalize(n);
  }

  return {
    triangleCount: index.length / 3,
    mirrorGap() {
      if (gap === undefined) {
        gap = 0;
        const step = Math.max(1, Math.floor(pos.length / 3 / 1500));
        for (let i = 0; i < pos.length / 3; i += step) {
          gap = Math.max(gap, nearest([-pos[i * 3], pos[i * 3 + 1], pos[i * 3 + 2]], 0.01).distance);
        }
      }
      return gap;
    },
    closest(p, within = Infinity) {
      // Walks ask again about the spot they ended on (to start the next walk, for its normal): answer from memory.
      const key = `${p[0]},${p[1]},${p[2]}`;
      const known = recent.get(key);
      if (known) return known;
      const answer = nearest(p, within);
      if (recent.size > 256) recent.clear();
      recent.set(key, answer);
      return answer;
    },
    projectAlong(p, dir, reach = 0.25) {
      const d = new Vector3(...dir).normalize();
      const origin = new Vector3(...p).addScaledVector(d, reach);
      const hits = bvh.raycast(new Ray(origin, d.clone().negate()), DoubleSide, 0, 2 * reach);
      let best: Vec3 | null = null;
      let bestDist = Infinity;
      for (const h of hits) {
        if (!h.face || h.face.normal.dot(d) <= 0) continue;
        const dist = Math.abs(h.distance - reach);
        if (dist < bestDist) {
          bestDist = dist;
          best = [h.point.x, h.point.y, h.point.z];
        }
      }
      return best;
    },
  };

  function nearest(p: Vec3, within: number): SurfaceHit {
    query.set(p[0], p[1], p[2]);
    let found = bvh.closestPointToPoint(query, hit, 0, within);
    if (!found && within !== Infinity) found = bvh.closestPointToPoint(query, hit, 0, Infinity);
    if (!found) throw new Error('surface has no triangles');
    const point = found.point;
    return {
      point: [point.x, point.y, point.z],
      normal: smoothNormal(found.faceIndex, point),
      distance: found.distance,
    };
  }
}

/** Barycentric weights of p in triangle (a, b, c), clamped to the triangle. */
function barycentric(pos: Float32Array, a: number, b: number, c: number, p: Vector3): Vec3 {
  const ax = pos[a * 3],
    ay = pos[a * 3 + 1],
    az = pos[a * 3 + 2];
  const v0 = [pos[b * 3] - ax, pos[b * 3 + 1] - ay, pos[b * 3 + 2] - az];
  const v1 = [pos[c * 3] - ax, pos[c * 3 + 1] - ay, pos[c * 3 + 2] - az];
  const v2 = [p.x - ax, p.y - ay, p.z - az];
  const d00 = v0[0] * v0[0] + v0[1] * v0[1] + v0[2] * v0[2];
  const d01 = v0[0] * v1[0] + v0[1] * v1[1] + v0[2] * v1[2];
  const d11 = v1[0] * v1[0] + v1[1] * v1[1] + v1[2] * v1[2];
  const d20 = v2[0] * v0[0] + v2[1] * v0[1] + v2[2] * v0[2];
  const d21 = v2[0] * v1[0] + v2[1] * v1[1] + v2[2] * v1[2];
  const denom = d00 * d11 - d01 * d01;
  if (Math.abs(denom) < 1e-20) return [1 / 3, 1 / 3, 1 / 3];
  const v = Math.max(0, (d11 * d20 - d01 * d21) / denom);
  const w = Math.max(0, (d00 * d21 - d01 * d20) / denom);
  const u = Math.max(0, 1 - v - w);
  const s = u + v + w;
  return [u / s, v / s, w / s];
}
