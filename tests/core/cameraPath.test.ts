import { beforeAll, describe, expect, it } from 'vitest';
import { flightPose, slerpDirection } from '../../src/core/cameraPath';
import { presetPose, type BodyBounds, type PresetId } from '../../src/core/cameraPresets';
import { createSurface, type Surface } from '../../src/mesh/surface';
import { dot, length, lerp, sub, type Vec3 } from '../../src/core/vec';
import { listBodies, readBody } from '../../src/cli/bodyFiles';

/** The viewer's near plane (src/scene/AtlasCanvas.tsx). */
const NEAR = 0.01;
const SAMPLES = 60;

function boundsOf(positions: Float32Array): BodyBounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i++) {
    min[i % 3] = Math.min(min[i % 3], positions[i]);
    max[i % 3] = Math.max(max[i % 3], positions[i]);
  }
  return { min, max };
}

/** Signed distance from the skin: positive outside the body, negative inside (by the skin's outward normal). */
function skinClearance(surface: Surface, p: Vec3): number {
  const hit = surface.closest(p, 5);
  return dot(sub(p, hit.point), hit.normal) >= 0 ? hit.distance : -hit.distance;
}

describe('slerpDirection', () => {
  it('keeps unit length and ends on both directions', () => {
    const a: Vec3 = [0, 0, 1];
    const b: Vec3 = [1, 0, 0];
    expect(slerpDirection(a, b, 0)[2]).toBeCloseTo(1);
    expect(slerpDirection(a, b, 1)[0]).toBeCloseTo(1);
    expect(length(slerpDirection(a, b, 0.37))).toBeCloseTo(1);
  });
  it('turns opposite directions about the vertical, through the side', () => {
    const mid = slerpDirection([0, 0, 1], [0, 0, -1], 0.5);
    expect(Math.abs(mid[0])).toBeCloseTo(1);
    expect(mid[1]).toBeCloseTo(0);
  });
});

describe.each(listBodies())('preset flights round the %s body', (id) => {
  let surface: Surface;
  let bounds: BodyBounds;
  let landmarks: Record<string, Vec3>;
  beforeAll(async () => {
    const body = await readBody(id);
    surface = createSurface(body.meshes.skin);
    bounds = boundsOf(body.meshes.skin.positions);
    landmarks = body.landmarks;
  });

  const pairs: [PresetId, PresetId][] = [
    ['front', 'back'],
    ['back', 'front'],
    ['left', 'right'],
    ['right', 'left'],
    ['hand-left', 'hand-right'],
    ['foot-right', 'back'],
    ['head', 'ear'],
  ];

  it('the measure sees the straight line from front to back cross the body', () => {
    const a = presetPose('front', landmarks, bounds);
    const b = presetPose('back', landmarks, bounds);
    expect(skinClearance(surface, lerp(a.position, b.position, 0.5))).toBeLessThan(0);
  });

  it.each(pairs)('flies from %s to %s outside the skin, farther than the near plane', (from, to) => {
    const a = presetPose(from, landmarks, bounds);
    const b = presetPose(to, landmarks, bounds);
    let nearest = Infinity;
    for (let i = 0; i <= SAMPLES; i++) {
      nearest = Math.min(nearest, skinClearance(surface, flightPose(a, b, i / SAMPLES).position));
    }
    expect(nearest).toBeGreaterThan(NEAR);
    // and it arrives exactly where the preset is
    const end = flightPose(a, b, 1);
    expect(length(sub(end.position, b.position))).toBeLessThan(1e-9);
    expect(length(sub(end.target, b.target))).toBeLessThan(1e-9);
  });
});
