import { describe, expect, it } from 'vitest';
import { createResolver, resolvePoints, siteId } from '../../src/core/atlas';
import { createSurface } from '../../src/mesh/surface';
import { distance, type Vec3 } from '../../src/core/vec';
import { PointSchema, type PointRecord } from '../../src/schema/point';
import { cylinder, sphere } from '../fixtures/shapes';

const R = 0.05;
/** A forearm on each side (x = ±0.3), wrist crease at y = 0.1, cubital crease at y = 0.34 on the front (+Z). */
function forearms() {
  const left = cylinder(R, 0, 0.5, 0.3);
  const right = cylinder(R, 0, 0.5, -0.3);
  const n = left.positions.length / 3;
  const positions = new Float32Array([...left.positions, ...right.positions]);
  const indices = new Uint32Array([...left.indices, ...Array.from(right.indices, (i) => i + n)]);
  const landmarks: Record<string, Vec3> = {};
  for (const [side, x] of [
    ['L', 0.3],
    ['R', -0.3],
  ] as const) {
    landmarks[`wrist_crease_palmar.${side}`] = [x, 0.1, R];
    landmarks[`cubital_crease.${side}`] = [x, 0.34, R];
  }
  return { surface: createSurface({ positions, indices }), landmarks };
}

function point(code: string, recipe: unknown, extra: Partial<PointRecord> = {}): PointRecord {
  return PointSchema.parse({
    code,
    pinyin: 'Test',
    pinyinPlain: 'Test',
    hanzi: '測',
    english: 'Test',
    region: 'forearm',
    laterality: 'bilateral',
    location: 'a test location for the engine',
    recipe,
    sources: [{ id: 'who-2008', locator: 'test' }],
    evidence: 'standard',
    ...extra,
  });
}

describe('location engine', () => {
  it('places a point 3 B-cun from the wrist crease toward the elbow, with 12 B-cun on the forearm', () => {
    const { surface, landmarks } = forearms();
    const p = point('PC6', {
      start: 'wrist_crease_palmar',
      steps: [{ op: 'toward', to: 'cubital_crease', cun: 3, unit: 'forearm' }],
    });
    const { sites, errors } = resolvePoints(surface, landmarks, [p]);
    expect(errors).toEqual([]);
    const left = sites.find((s) => s.id === 'PC6.L')!;
    expect(left.position[1]).toBeCloseTo(0.1 + (3 / 12) * 0.24, 3);
    expect(left.normal[2]).toBeGreaterThan(0.99);
    expect(left.derivation.segments[0]).toMatchObject({ unit: 'forearm', cun: 12 });
    expect(left.derivation.steps.map((s) => s.text).join(' ')).toMatch(/3 B-cun toward cubital crease/);
  });

  it('mirrors one recipe to both sides, with lateral pointing away from the midline', () => {
    const { surface, landmarks } = forearms();
    const p = point('LU7', {
      start: 'wrist_crease_palmar',
      steps: [{ op: 'move', dir: 'lateral', cun: 1, unit: 'forearm' }],
    });
    const { sites } = resolvePoints(surface, landmarks, [p]);
    const [l, r] = ['LU7.L', 'LU7.R'].map((id) => sites.find((s) => s.id === id)!);
    expect(l.position[0]).toBeGreaterThan(0.3);
    expect(r.position[0]).toBeLessThan(-0.3);
    expect(l.position[0]).toBeCloseTo(-r.position[0], 4);
    expect(l.position[1]).toBeCloseTo(r.position[1], 4);
  });

  it('measures walked distances over the skin, not through the body', () => {
    const surface = createSurface(sphere(0.1, 1.6));
    const landmarks: Record<string, Vec3> = {
      hairline_anterior: [0, 1.6, 0.1],
      hairline_posterior: [0, 1.6, -0.1],
    };
    const p = point(
      'GV20',
      {
        start: 'hairline_anterior',
        steps: [{ op: 'toward', to: 'hairline_posterior', cun: 6, unit: 'head_long' }],
      },
      { laterality: 'midline', region: 'head' },
    );
    const { sites, errors } = resolvePoints(surface, landmarks, [p]);
    expect(errors).toEqual([]);
    // half of the 12 B-cun arc from front to back is the top of the sphere
    expect(distance(sites[0].position, [0, 1.7, 0])).toBeLessThan(0.003);
  });

  it('resolves a point measured from another point, whatever their order in the data', () => {
    const { surface, landmarks } = forearms();
    const a = point('PC5', {
      start: 'PC6',
      steps: [{ op: 'toward', to: 'cubital_crease', cun: 1, unit: 'forearm' }],
    });
    const b = point('PC6', {
      start: 'wrist_crease_palmar',
      steps: [{ op: 'toward', to: 'cubital_crease', cun: 2, unit: 'forearm' }],
    });
    const { sites, errors } = resolvePoints(surface, landmarks, [a, b]);
    expect(errors).toEqual([]);
    const y = (id: string) => sites.find((s) => s.id === id)!.position[1];
    expect(y('PC5.L') - y('PC6.L')).toBeCloseTo(0.02, 3);
  });

  it('reports a cycle, an unknown landmark and an unknown point with clear messages', () => {
    const { surface, landmarks } = forearms();
    const cyc1 = point('PC1', { start: 'PC2' });
    const cyc2 = point('PC2', { start: 'PC1' });
    const badLm = point('PC3', { start: 'elbow_tip' });
    const badPt = point('PC4', { start: 'PC9' });
    const { errors } = resolvePoints(surface, landmarks, [cyc1, cyc2, badLm, badPt]);
    expect(errors.join('\n')).toMatch(/cycle: PC1\.L → PC2\.L → PC1\.L/);
    expect(errors.join('\n')).toMatch(/unknown landmark "elbow_tip"/);
    expect(errors.join('\n')).toMatch(/unknown point "PC9"/);
  });

  it('rejects a recipe that lands on the wrong side', () => {
    const { surface, landmarks } = forearms();
    const p = point('PC7', { start: 'wrist_crease_palmar.R' });
    const { errors } = resolvePoints(surface, landmarks, [p]);
    expect(errors.some((e) => /PC7\.L: left site landed on the right side/.test(e))).toBe(true);
  });

  it('names multi-site ids after contracts §3', () => {
    expect(siteId('EX-B2', 'T1', 'L')).toBe('EX-B2:T1.L');
    expect(siteId('EX-HN1', '2', 'M')).toBe('EX-HN1:2');
    expect(siteId('LI4', undefined, 'R')).toBe('LI4.R');
  });

  it('gives the B-cun of a segment on this body', () => {
    const { surface, landmarks } = forearms();
    const { ctx } = createResolver(surface, landmarks, []);
    expect(ctx.unit('forearm', 'L').metres).toBeCloseTo(0.02, 6);
  });
});

describe('derivation wording', () => {
  it('rounds cun figures to two decimals', async () => {
    const { formatCun } = await import('../../src/core/resolveRecipe');
    expect(formatCun(50 / 11)).toBe('4.55');
    expect(formatCun(3)).toBe('3');
  });
});

describe('surface', () => {
  it('leaves the mesh it is given untouched', () => {
    const mesh = sphere(0.1, 0);
    const before = Uint32Array.from(mesh.indices);
    createSurface(mesh);
    expect(Array.from(mesh.indices)).toEqual(Array.from(before));
  });
});

describe('left and right from one recipe', () => {
  const recipe = {
    start: 'wrist_crease_palmar',
    steps: [{ op: 'toward', to: 'cubital_crease', cun: 3, unit: 'forearm' }],
  };

  it('finds the right side as the mirror of the left on a symmetric body, the same as walking it', () => {
    const { surface, landmarks } = forearms();
    const p = point('PC6', recipe);
    const mirrored = resolvePoints(surface, landmarks, [p]);
    const walked = resolvePoints(surface, landmarks, [p], { mirror: false });
    const r = (a: typeof mirrored) => a.sites.find((s) => s.id === 'PC6.R')!;
    expect(distance(r(mirrored).position, r(walked).position)).toBeLessThan(0.001);
    expect(r(mirrored).derivation.steps[1].path.every((q) => q[0] < 0)).toBe(true);
  });

  it('walks each side on its own when the body is not symmetric', () => {
    const { surface, landmarks } = forearms();
    const shifted = { ...landmarks, 'cubital_crease.R': [-0.3, 0.38, R] as Vec3 };
    const { createResolver: make } = { createResolver };
    expect(make(surface, shifted, []).mirror).toBe(false);
    expect(make(surface, landmarks, []).mirror).toBe(true);
    const { sites } = resolvePoints(surface, shifted, [point('PC6', recipe)]);
    const y = (id: string) => sites.find((s) => s.id === id)!.position[1];
    expect(y('PC6.R') - 0.1).toBeCloseTo((3 / 12) * 0.28, 3);
    expect(y('PC6.L') - 0.1).toBeCloseTo((3 / 12) * 0.24, 3);
  });
});

describe('finger-cun wording', () => {
  it('names F-cun steps in F-cun with rounded figures', () => {
    const { surface, landmarks } = forearms();
    const lm = { ...landmarks, 'knuckle_3.L': [0.3, 0.05, R] as Vec3, 'middle_tip.L': [0.3, 0.0, R] as Vec3 };
    const p = point('PC8', {
      start: 'wrist_crease_palmar',
      steps: [{ op: 'move', dir: 'inferior', cun: 0.5, unit: 'F' }],
    });
    const { sites } = resolvePoints(surface, lm, [p], { mirror: false });
    const text = sites.find((s) => s.id === 'PC8.L')!.derivation.steps[1].text;
    expect(text).toMatch(/1 F-cun = 1\.1 cm .*= 4\.55 F-cun/);
    expect(text).not.toMatch(/B-cun/);
  });
});
