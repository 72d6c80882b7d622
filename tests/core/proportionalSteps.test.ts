import { describe, expect, it } from 'vitest';
import { resolvePoints } from '../../src/core/atlas';
import { proportionSpans } from '../../src/core/cunRuler';
import { createSurface, type MeshArrays } from '../../src/mesh/surface';
import { distance, dot, normalize, sub, type Vec3 } from '../../src/core/vec';
import { PointSchema, type PointRecord } from '../../src/schema/point';
import { cylinder, lathe } from '../fixtures/shapes';

function point(code: string, recipe: unknown): PointRecord {
  return PointSchema.parse({
    code,
    pinyin: 'Test',
    pinyinPlain: 'Test',
    hanzi: '測',
    english: 'Test',
    region: 'knee-leg',
    laterality: 'bilateral',
    location: 'a test location for the engine',
    recipe,
    sources: [{ id: 'who-2008', locator: 'test' }],
    evidence: 'standard',
  });
}

/** Both sides of a mesh: the left copy at +x, its mirror at −x. */
function bothSides(mesh: MeshArrays, x: number): MeshArrays {
  const n = mesh.positions.length / 3;
  const left = Float32Array.from(mesh.positions, (v, i) => (i % 3 === 0 ? v + x : v));
  const right = Float32Array.from(mesh.positions, (v, i) => (i % 3 === 0 ? -(v + x) : v));
  const flipped = Array.from(
    { length: mesh.indices.length },
    (_, i) => mesh.indices[i - (i % 3) + [0, 2, 1][i % 3]] + n,
  );
  return {
    positions: new Float32Array([...left, ...right]),
    indices: new Uint32Array([...mesh.indices, ...flipped]),
  };
}

const projection = (p: Vec3, from: Vec3, to: Vec3) =>
  dot(sub(p, from), normalize(sub(to, from))) / distance(from, to);

describe('proportional B-cun steps', () => {
  // A lower leg from the popliteal crease (y 0.48) to the lateral malleolus (y 0.08) with a calf that bulges 3 cm.
  const calf = (y: number) => 0.045 + 0.03 * Math.sin((Math.PI * (y - 0.08)) / 0.4) ** 2;
  const surface = createSurface(bothSides(lathe(calf, 0.08, 0.48), 0.1));
  const landmarks: Record<string, Vec3> = {};
  for (const [side, s] of [
    ['L', 1],
    ['R', -1],
  ] as const) {
    landmarks[`popliteal_crease.${side}`] = [s * 0.1, 0.48, calf(0.48)];
    landmarks[`lateral_malleolus.${side}`] = [s * 0.1, 0.08, calf(0.08)];
  }

  it('puts "8 of the 16 B-cun" at the middle of the segment, where a walk over the bulge falls short', () => {
    const recipe = {
      start: 'popliteal_crease',
      steps: [{ op: 'toward', to: 'lateral_malleolus', cun: 8, unit: 'leg_lateral' }],
    };
    const { sites, errors } = resolvePoints(surface, landmarks, [point('ST40', recipe)]);
    expect(errors).toEqual([]);
    const [from, to] = [landmarks['popliteal_crease.L'], landmarks['lateral_malleolus.L']];
    for (const s of sites) {
      const sign = s.side === 'L' ? 1 : -1;
      const f: Vec3 = [sign * from[0], from[1], from[2]];
      const t: Vec3 = [sign * to[0], to[1], to[2]];
      expect(Math.abs(projection(s.position, f, t) - 0.5), s.id).toBeLessThan(0.005);
    }
    // 8 B-cun of arc over the bulging calf would have stopped well short of the middle
    const step = sites[0].derivation.steps[1];
    expect(step.along).toBeDefined();
    expect(step.along!.to).toBeCloseTo(8, 1);
    expect(step.text).toMatch(/8 of the 16 B-cun/);
  });

  it('marks the share of the ruler a proportional step measures', () => {
    const recipe = {
      start: 'popliteal_crease',
      steps: [{ op: 'toward', to: 'lateral_malleolus', cun: 4, unit: 'leg_lateral' }],
    };
    const { sites } = resolvePoints(surface, landmarks, [point('GB39', recipe)]);
    const left = sites.find((s) => s.id === 'GB39.L')!;
    const [span] = proportionSpans(left.derivation);
    const seg = left.derivation.segments[0];
    expect(distance(span.span[0], seg.from)).toBeLessThan(0.002);
    expect(projection(span.span[1], seg.from, seg.to)).toBeCloseTo(4 / 16, 2);
    expect(distance(span.leader[1], left.position)).toBeLessThan(0.002);
  });

  it('takes "at" as a level counted from the segment’s first landmark', () => {
    const recipe = {
      start: 'lateral_malleolus',
      steps: [{ op: 'toward', to: 'popliteal_crease', at: 12, unit: 'leg_lateral' }],
    };
    const { sites, errors } = resolvePoints(surface, landmarks, [point('GB36', recipe)]);
    expect(errors).toEqual([]);
    const left = sites.find((s) => s.id === 'GB36.L')!;
    const seg = left.derivation.segments[0];
    expect(projection(left.position, seg.from, seg.to)).toBeCloseTo(12 / 16, 2);
  });

  it('rejects a step that gives both "cun" and "at"', () => {
    expect(() =>
      point('X1', {
        start: 'popliteal_crease',
        steps: [{ op: 'toward', to: 'lateral_malleolus', cun: 1, at: 2, unit: 'leg_lateral' }],
      }),
    ).toThrow(/either/);
  });
});

describe('level across a slanted limb', () => {
  // A forearm slanted 25° out from the vertical (as an abducted arm hangs), wrist at the lower end.
  const tilt = (25 * Math.PI) / 180;
  const axis: Vec3 = [Math.sin(tilt), -Math.cos(tilt), 0];
  const base = cylinder(0.03, -0.08, 0.24, 0); // the hand beyond the wrist as a stub
  const slanted = (mesh: MeshArrays): MeshArrays => {
    const p = Float32Array.from(mesh.positions);
    for (let i = 0; i < p.length; i += 3) {
      const [x, y] = [p[i], p[i + 1]];
      // rotate about z so that +y (elbow) goes up and in, then lift the forearm into place
      p[i] = x * Math.cos(tilt) - (y - 0.24) * Math.sin(tilt) + 0.3;
      p[i + 1] = x * Math.sin(tilt) + (y - 0.24) * Math.cos(tilt) + 1.0;
    }
    return { positions: p, indices: mesh.indices };
  };
  const mesh = slanted(base);
  const surface = createSurface(bothSides({ positions: mesh.positions, indices: mesh.indices }, 0));
  const elbow: Vec3 = [0.3, 1.0, 0.03];
  const wrist: Vec3 = [0.3 + 0.24 * axis[0], 1.0 + 0.24 * axis[1], 0.03];
  // the radial styloid 1 cm proximal of the crease's plane, round on the thumb side (+x outward, toward the front)
  const radial: Vec3 = [
    wrist[0] - 0.01 * axis[0] + 0.03 * Math.cos(tilt) * Math.SQRT1_2,
    wrist[1] - 0.01 * axis[1] + 0.03 * Math.sin(tilt) * Math.SQRT1_2,
    0.03 * Math.SQRT1_2,
  ];
  const landmarks: Record<string, Vec3> = {};
  for (const [name, p] of Object.entries({
    cubital_crease: elbow,
    wrist_crease_palmar: wrist,
    radial_styloid: radial,
  })) {
    landmarks[`${name}.L`] = p;
    landmarks[`${name}.R`] = [-p[0], p[1], p[2]];
  }

  it('finds "level with the wrist crease" in the plane across the forearm, not at the crease’s height', () => {
    const across = {
      start: 'radial_styloid',
      steps: [{ op: 'level', with: 'wrist_crease_palmar', axis: 'forearm' }],
    };
    const height = { start: 'radial_styloid', steps: [{ op: 'level', with: 'wrist_crease_palmar' }] };
    const { sites, errors } = resolvePoints(surface, landmarks, [point('LU9', across), point('LU8', height)]);
    expect(errors).toEqual([]);
    const at = (id: string) => sites.find((s) => s.id === id)!.position;
    const level = (p: Vec3) => dot(sub(p, elbow), axis);
    expect(Math.abs(level(at('LU9.L')) - level(wrist))).toBeLessThan(0.0005);
    // the height rule lands off the crease's plane on a slanted forearm (here by several millimetres)
    expect(Math.abs(level(at('LU8.L')) - level(wrist))).toBeGreaterThan(0.004);
  });
});
