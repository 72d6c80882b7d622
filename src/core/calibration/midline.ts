import type { MeshArrays, Surface } from '../surface';
import { normalize, type Vec3 } from '../vec';

/**
 * The skin's outline in the midline plane (x = 0): the segments where triangles cross it. Midline landmarks are put
 * on it, so that they sit exactly on the midline even where the skin has a groove there (the spine), where the
 * closest skin point may lie on either wall.
 */
export function midlineSection(mesh: MeshArrays): Vec3[][] {
  const P = mesh.positions;
  const I = mesh.indices;
  const segments: Vec3[][] = [];
  for (let t = 0; t < I.length; t += 3) {
    const v = [I[t], I[t + 1], I[t + 2]].map((i) => [P[3 * i], P[3 * i + 1], P[3 * i + 2]] as Vec3);
    // Vertices on the plane, and points where an edge crosses it strictly.
    const cut: Vec3[] = v.filter((a) => a[0] === 0);
    for (let k = 0; k < 3; k++) {
      const a = v[k];
      const b = v[(k + 1) % 3];
      if ((a[0] < 0 && b[0] > 0) || (a[0] > 0 && b[0] < 0)) {
        const s = a[0] / (a[0] - b[0]);
        cut.push([0, a[1] + s * (b[1] - a[1]), a[2] + s * (b[2] - a[2])]);
      }
    }
    if (cut.length >= 2) segments.push([cut[0], cut[1]]);
  }
  return segments;
}

/** The closest point to `p` on the midline outline (p's own x is ignored); p itself if there is no outline. */
export function onMidline(section: Vec3[][], p: Vec3): Vec3 {
  let best: Vec3 = [0, p[1], p[2]];
  let bestD = Infinity;
  for (const [a, b] of section) {
    const dy = b[1] - a[1];
    const dz = b[2] - a[2];
    const len = dy * dy + dz * dz;
    const s = len > 0 ? Math.min(1, Math.max(0, ((p[1] - a[1]) * dy + (p[2] - a[2]) * dz) / len)) : 0;
    const q: Vec3 = [0, a[1] + s * dy, a[2] + s * dz];
    const d = (q[1] - p[1]) ** 2 + (q[2] - p[2]) ** 2;
    if (d < bestD) [best, bestD] = [q, d];
  }
  return best;
}

/**
 * A skin surface that answers a query on the midline plane (|x| < 0.1 mm) with a point of the midline outline, so a
 * site found between two midline landmarks stays on the midline on a mesh whose triangles are not mirror images
 * of each other (quads split the same way on both sides), where the plain closest point may lie a few mm to one side.
 * Normals there lie in the midline plane.
 */
export function withMidline(surface: Surface, section: Vec3[][]): Surface {
  return {
    triangleCount: surface.triangleCount,
    mirrorGap: () => surface.mirrorGap(),
    closest(p, within) {
      if (Math.abs(p[0]) > 1e-4 || section.length === 0) return surface.closest(p, within);
      const q = onMidline(section, p);
      const n = surface.closest(q, 0.01).normal;
      // The normal's sideways part comes from how the triangles were split, not from the body: drop it, so that
      // walks between two midline points keep to the midline plane.
      const normal = normalize([0, n[1], n[2]]);
      return { point: q, normal, distance: Math.hypot(q[1] - p[1], q[2] - p[2], p[0]) };
    },
  };
}
