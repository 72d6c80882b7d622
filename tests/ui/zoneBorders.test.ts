import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { zoneBorders } from '../../src/scene/zoneBorders';

/** A flat strip in the z=0 plane facing +z: vertices 0..3 along the bottom, 4..7 along the top (x = 0..3). */
function strip(): THREE.BufferGeometry {
  const pos: number[] = [];
  for (const y of [0, 1]) for (let x = 0; x < 4; x++) pos.push(x, y, 0);
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3));
  g.setAttribute(
    'normal',
    new THREE.Float32BufferAttribute(
      pos.map((_, i) => (i % 3 === 2 ? 1 : 0)),
      3,
    ),
  );
  const index: number[] = [];
  for (let x = 0; x < 3; x++) index.push(x, x + 1, x + 5, x, x + 5, x + 4);
  g.setIndex(index);
  return g;
}

const points = (g: THREE.BufferGeometry) => {
  const p = g.getAttribute('position');
  return Array.from({ length: p.count }, (_, i) => [p.getX(i), p.getY(i), p.getZ(i)]);
};

describe('zoneBorders', () => {
  it('draws nothing where every corner carries the same label', () => {
    expect(zoneBorders(strip(), new Int16Array(8).fill(2)).getAttribute('position').count).toBe(0);
  });

  it('draws the border between two zones through the mixed edges’ midpoints, lifted along the normal', () => {
    // columns x = 0, 1 are zone 0; x = 2, 3 are zone 1: the border runs up x = 1.5
    const labels = Int16Array.from([0, 0, 1, 1, 0, 0, 1, 1]);
    const pts = points(zoneBorders(strip(), labels));
    // the two triangles of the middle cell each give one segment (two points)
    expect(pts).toHaveLength(4);
    for (const [x, , z] of pts) {
      expect(x).toBeCloseTo(1.5);
      expect(z).toBeCloseTo(0.0002);
    }
    // together they span the cell from bottom to top
    expect(Math.min(...pts.map((p) => p[1]))).toBeCloseTo(0);
    expect(Math.max(...pts.map((p) => p[1]))).toBeCloseTo(1);
  });

  it('gives one segment for a triangle whose three corners all differ', () => {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute([0, 0, 0, 2, 0, 0, 0, 2, 0], 3));
    g.setAttribute('normal', new THREE.Float32BufferAttribute([0, 0, 1, 0, 0, 1, 0, 0, 1], 3));
    const pts = points(zoneBorders(g, Int16Array.from([0, 1, 2])));
    expect(pts).toHaveLength(2);
    // the midpoints of edges 0–1 and 1–2
    expect(pts[0][0]).toBeCloseTo(1);
    expect(pts[0][1]).toBeCloseTo(0);
    expect(pts[1][0]).toBeCloseTo(1);
    expect(pts[1][1]).toBeCloseTo(1);
  });
});
