import { describe, expect, it } from 'vitest';
import { drapePath } from '../../src/core/drapePath';
import { polylineLength } from '../../src/core/skinWalk';
import { add, dot, scale, sub, type Vec3 } from '../../src/core/vec';
import { createSurface } from '../../src/mesh/surface';
import { box, lathe } from '../fixtures/shapes';

/** How far under the skin the middle of each step of a path lies (0 when on or outside it), in metres. */
function depths(surface: ReturnType<typeof createSurface>, path: Vec3[]): number[] {
  return path.slice(1).map((b, i) => {
    const mid = scale(add(path[i], b), 0.5);
    const hit = surface.closest(mid, 0.05);
    return dot(sub(mid, hit.point), hit.normal) < 0 ? hit.distance : 0;
  });
}

describe('laying a path down on the skin', () => {
  it('lays a step that cuts under a ridge over its crest', () => {
    // a box 10 cm on a side: a step from its top face to its front face, 1 cm either side of the edge between them
    const surface = createSurface(box(0.1));
    const a: Vec3 = [0, 0.05, 0.04];
    const b: Vec3 = [0, 0.04, 0.05];
    expect(Math.max(...depths(surface, [a, b]))).toBeGreaterThan(0.005);
    const path = drapePath(surface, [a, b]);
    expect(path[0]).toEqual(a);
    expect(path[path.length - 1]).toEqual(b);
    expect(Math.max(...depths(surface, path))).toBeLessThanOrEqual(0.0005);
    // over the edge the way is 2 cm; the straight cut was 1.4 cm
    expect(polylineLength(path)).toBeGreaterThan(0.019);
    expect(polylineLength(path)).toBeLessThan(0.0205);
  });

  it('leaves a step that bridges a hollow above the skin as it is', () => {
    // a waisted column: a step down its side from above the waist to below it spans the hollow
    const surface = createSurface(lathe((y) => 0.05 - 0.02 * Math.exp(-(((y - 0.1) / 0.02) ** 2)), 0, 0.2));
    const a = surface.closest([0, 0.06, 0.1], 0.1).point;
    const b = surface.closest([0, 0.14, 0.1], 0.1).point;
    expect(drapePath(surface, [a, b])).toEqual([a, b]);
  });

  it('keeps a path already on a flat face unchanged', () => {
    const surface = createSurface(box(0.1));
    const path: Vec3[] = [
      [-0.03, 0.05, 0],
      [0, 0.05, 0.01],
      [0.03, 0.05, 0.02],
    ];
    expect(drapePath(surface, path)).toEqual(path);
  });
});
