import type * as THREE from 'three';
import type { Vec3 } from '../core/vec';

/** Where to write a zone's name: the vertex of the zone nearest its centroid, with that vertex's normal. */
export interface ZoneAnchor {
  text: string;
  position: Vec3;
  normal: Vec3;
}

/** One anchor per label present on a mesh (labels with fewer than `min` vertices are skipped). */
export function zoneAnchors(
  geometry: THREE.BufferGeometry,
  labels: Int16Array,
  names: readonly string[],
  min = 4,
): ZoneAnchor[] {
  const pos = geometry.getAttribute('position');
  const nor = geometry.getAttribute('normal');
  const sums = new Map<number, [number, number, number, number]>();
  labels.forEach((l, v) => {
    if (l < 0) return;
    const s = sums.get(l) ?? [0, 0, 0, 0];
    sums.set(l, [s[0] + pos.getX(v), s[1] + pos.getY(v), s[2] + pos.getZ(v), s[3] + 1]);
  });
  const out: ZoneAnchor[] = [];
  for (const [l, [x, y, z, n]] of sums) {
    if (n < min) continue;
    let best = -1;
    let bestD = Infinity;
    labels.forEach((m, v) => {
      if (m !== l) return;
      const d = (pos.getX(v) - x / n) ** 2 + (pos.getY(v) - y / n) ** 2 + (pos.getZ(v) - z / n) ** 2;
      if (d < bestD) [best, bestD] = [v, d];
    });
    out.push({
      text: names[l],
      position: [pos.getX(best), pos.getY(best), pos.getZ(best)],
      normal: [nor.getX(best), nor.getY(best), nor.getZ(best)],
    });
  }
  return out;
}
