import * as THREE from 'three';
import type { Rgb } from '../core/colour';

/**
 * Screen-facing quads as one plain (non-instanced) BufferGeometry: four vertices per quad, each carrying the quad's
 * centre (`aCenter`), its corner (`position`, ±0.5), its colour (`aColor`) and one float of per-quad state (`name`).
 * The vertex shader expands the corner in screen space. SwiftShader runs an instanced draw as one internal draw per
 * instance, so hundreds of instances cost far more than the same quads merged into one draw.
 */
export function createBillboards(capacity: number, name: string): THREE.BufferGeometry {
  const n = Math.max(1, capacity);
  const g = new THREE.BufferGeometry();
  const corner = new Float32Array(n * 12);
  const index = new Uint32Array(n * 6);
  const cx = [-0.5, 0.5, 0.5, -0.5];
  const cy = [-0.5, -0.5, 0.5, 0.5];
  for (let q = 0; q < n; q++) {
    for (let k = 0; k < 4; k++) {
      corner[q * 12 + k * 3] = cx[k];
      corner[q * 12 + k * 3 + 1] = cy[k];
    }
    index.set(
      [0, 1, 2, 0, 2, 3].map((i) => q * 4 + i),
      q * 6,
    );
  }
  g.setAttribute('position', new THREE.BufferAttribute(corner, 3));
  g.setAttribute('aCenter', new THREE.BufferAttribute(new Float32Array(n * 12), 3));
  g.setAttribute('aColor', new THREE.BufferAttribute(new Float32Array(n * 12), 3));
  g.setAttribute(name, new THREE.BufferAttribute(new Float32Array(n * 4), 1));
  g.setIndex(new THREE.BufferAttribute(index, 1));
  g.setDrawRange(0, 0);
  return g;
}

/** Sets quad `q`'s centre and sRGB colour (all four vertices; core/colour.ts). */
export function setBillboard(g: THREE.BufferGeometry, q: number, p: readonly number[], c: Rgb): void {
  const centre = g.getAttribute('aCenter').array as Float32Array;
  const colour = g.getAttribute('aColor').array as Float32Array;
  for (let k = 0; k < 4; k++) {
    centre.set([p[0], p[1], p[2]], (q * 4 + k) * 3);
    colour.set(c, (q * 4 + k) * 3);
  }
}

/** Sets quad `q`'s per-quad state float (all four vertices). */
export function setBillboardValue(g: THREE.BufferGeometry, name: string, q: number, v: number): void {
  (g.getAttribute(name).array as Float32Array).fill(v, q * 4, q * 4 + 4);
}

/** Marks the attributes as changed and draws `count` quads. */
export function commitBillboards(g: THREE.BufferGeometry, count: number): void {
  for (const a of Object.values(g.attributes)) a.needsUpdate = true;
  g.setDrawRange(0, count * 6);
}
