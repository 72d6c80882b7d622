import { describe, expect, it } from 'vitest';
import { smoothVertexNormals, vertexNormals, type TriMesh } from '../../src/core/triMesh';

/** A UV sphere of radius 1 whose vertices are pushed in and out by up to `bump` along their radius. */
function bumpySphere(bump: number, rings = 24, segments = 48): { mesh: TriMesh; radial: Float32Array } {
  const P: number[] = [];
  const R: number[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (let i = 0; i <= rings; i++) {
    const th = (Math.PI * i) / rings;
    for (let j = 0; j < segments; j++) {
      const ph = (2 * Math.PI * j) / segments;
      const d = [Math.sin(th) * Math.cos(ph), Math.cos(th), Math.sin(th) * Math.sin(ph)];
      const r = 1 + (i === 0 || i === rings ? 0 : bump * random());
      P.push(...d.map((x) => x * r));
      R.push(...d);
    }
  }
  const I: number[] = [];
  for (let i = 0; i < rings; i++)
    for (let j = 0; j < segments; j++) {
      const a = i * segments + j;
      const b = i * segments + ((j + 1) % segments);
      const c = a + segments;
      const e = b + segments;
      I.push(a, b, c, b, e, c);
    }
  return {
    mesh: { positions: Float32Array.from(P), indices: Uint32Array.from(I) },
    radial: Float32Array.from(R),
  };
}

/** Mean angle (radians) between normals and the sphere's true radial directions, away from the poles. */
function meanError(N: Float32Array, radial: Float32Array): number {
  let sum = 0;
  let n = 0;
  for (let v = 0; v < N.length / 3; v++) {
    if (Math.abs(radial[3 * v + 1]) > 0.9) continue;
    const dot =
      N[3 * v] * radial[3 * v] + N[3 * v + 1] * radial[3 * v + 1] + N[3 * v + 2] * radial[3 * v + 2];
    sum += Math.acos(Math.min(1, Math.abs(dot)));
    n++;
  }
  return sum / n;
}

describe('smoothed vertex normals for a scan’s shading', () => {
  it('are nearer the surface’s true normals than the raw ones on a bumpy sphere', () => {
    const { mesh, radial } = bumpySphere(0.03);
    const raw = meanError(vertexNormals(mesh), radial);
    const smooth = meanError(smoothVertexNormals(mesh), radial);
    expect(raw).toBeGreaterThan(0.1);
    expect(smooth).toBeLessThan(raw / 2);
  });

  it('stay unit length and point outward on a smooth sphere', () => {
    const { mesh, radial } = bumpySphere(0);
    const N = smoothVertexNormals(mesh);
    for (let v = 0; v < N.length / 3; v++) {
      expect(Math.hypot(N[3 * v], N[3 * v + 1], N[3 * v + 2])).toBeCloseTo(1, 5);
      expect(
        N[3 * v] * radial[3 * v] + N[3 * v + 1] * radial[3 * v + 1] + N[3 * v + 2] * radial[3 * v + 2],
      ).toBeGreaterThan(0.97);
    }
  });

  it('leave the raw normals as they are with no pass', () => {
    const { mesh } = bumpySphere(0.03);
    expect(smoothVertexNormals(mesh, 0)).toEqual(vertexNormals(mesh));
  });
});
