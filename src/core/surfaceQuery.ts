import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { TriMesh } from './triMesh';

type P3 = [number, number, number];

/** Closest-point and ray queries on a triangle mesh (a BVH over it), for Node and the browser. */
export class SurfaceQuery {
  readonly bvh: MeshBVH;
  readonly geometry: BufferGeometry;

  constructor(mesh: TriMesh) {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(mesh.positions, 3));
    g.setIndex(new BufferAttribute(mesh.indices, 1));
    this.geometry = g;
    this.bvh = new MeshBVH(g);
  }

  /** The nearest point of the surface and its distance. */
  closest(p: P3): { point: P3; distance: number } {
    const hit = this.bvh.closestPointToPoint(new Vector3(...p));
    if (!hit) throw new Error('empty mesh');
    return { point: [hit.point.x, hit.point.y, hit.point.z], distance: hit.distance };
  }

  /**
   * Where the line through `p` along `dir` crosses the surface from inside to outside (an outward-
   * facing hit), choosing the crossing nearest to `p`; null when there is none within `reach`.
   */
  projectAlong(p: P3, dir: P3, reach = 0.25): P3 | null {
    const d = new Vector3(...dir).normalize();
    const origin = new Vector3(...p).addScaledVector(d, reach);
    const hits = this.bvh.raycast(new Ray(origin, d.clone().negate()), DoubleSide, 0, 2 * reach);
    let best: P3 | null = null;
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
  }
}
