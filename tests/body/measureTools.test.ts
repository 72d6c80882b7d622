import { describe, expect, it } from 'vitest';
import { mirrorAsymmetry } from '../../src/core/anthropometry';
import { girthAt, hullPerimeter } from '../../src/core/slice';
import { isWatertight, type TriMesh } from '../../src/core/triMesh';
import { createSurface } from '../../src/mesh/surface';

/** A closed cylinder along Y (radius r, from y = 0 to h), centred on (cx, cz). */
function cylinder(r: number, h: number, n = 64, cx = 0, cz = 0): TriMesh {
  const pos: number[] = [];
  const idx: number[] = [];
  for (const y of [0, h])
    for (let i = 0; i < n; i++)
      pos.push(cx + r * Math.cos((2 * Math.PI * i) / n), y, cz + r * Math.sin((2 * Math.PI * i) / n));
  pos.push(cx, 0, cz, cx, h, cz);
  const b = 2 * n;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    idx.push(i, n + i, j, j, n + i, n + j);
    idx.push(b, i, j, b + 1, n + j, n + i);
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) };
}

describe('the tape measure', () => {
  it('reads the perimeter of a convex hull', () => {
    expect(
      hullPerimeter([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0.5, 0.5],
      ]),
    ).toBeCloseTo(4, 9);
  });

  it('measures a cylinder slice as its circumference', () => {
    const g = girthAt(cylinder(0.1, 1), [0, 0.5, 0], [0, 1, 0]);
    expect(g).toBeGreaterThan(2 * Math.PI * 0.1 * 0.995);
    expect(g).toBeLessThan(2 * Math.PI * 0.1);
  });

  it('takes only the section around the reference point, and none when the point is outside', () => {
    const a = cylinder(0.05, 1, 32, -0.2);
    const b = cylinder(0.1, 1, 32, 0.2);
    const both: TriMesh = {
      positions: new Float32Array([...a.positions, ...b.positions]),
      indices: new Uint32Array([...a.indices, ...[...b.indices].map((i) => i + a.positions.length / 3)]),
    };
    expect(girthAt(both, [-0.2, 0.5, 0], [0, 1, 0])).toBeCloseTo(2 * Math.PI * 0.05, 2);
    expect(girthAt(both, [0.2, 0.5, 0], [0, 1, 0])).toBeCloseTo(2 * Math.PI * 0.1, 2);
    expect(girthAt(both, [0, 0.5, 0], [0, 1, 0])).toBe(0);
  });
});

describe('mesh checks', () => {
  it('finds a closed cylinder watertight and an open one not', () => {
    const c = cylinder(0.1, 1);
    expect(isWatertight(c)).toBe(true);
    expect(isWatertight({ positions: c.positions, indices: c.indices.slice(3) })).toBe(false);
  });

  it('measures mirror asymmetry: zero for a centred cylinder, its offset for a shifted one', () => {
    const centred = cylinder(0.1, 1);
    const shifted = cylinder(0.1, 1, 64, 0.01);
    expect(mirrorAsymmetry(centred, createSurface(centred))).toBeLessThan(1e-6);
    expect(mirrorAsymmetry(shifted, createSurface(shifted))).toBeGreaterThan(0.015);
  });
});
