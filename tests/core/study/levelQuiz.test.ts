import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBodies, readBody } from '../../../src/cli/bodyFiles';
import { DERMATOME_LEVELS, labelDermatomes } from '../../../src/core/dermatomes';
import { patchTriangles, patchView } from '../../../src/core/study/levelPatch';
import { levelAtClick, levelChoices, levelDistance, nearestCorner } from '../../../src/core/study/levelQuiz';
import { seededRandom } from '../../../src/core/study/nameChoices';
import type { Vec3 } from '../../../src/core/vec';

describe('the level quiz chooser', () => {
  it('measures levels apart along the body and, on the trunk, across the arm levels', () => {
    expect(levelDistance('C6', 'C7')).toBe(1);
    expect(levelDistance('C4', 'T2')).toBe(1); // they meet on the chest
    expect(levelDistance('L5', 'S1')).toBe(1);
    expect(levelDistance('C5', 'T2')).toBe(5); // C5 reaches the trunk only through the arm
    expect(levelDistance('C6', 'X9')).toBe(Number.POSITIVE_INFINITY);
  });

  it('never offers the answer twice nor a level farther than a nearer one left out (any level, any seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DERMATOME_LEVELS),
        fc.integer(),
        fc.integer({ min: 2, max: 5 }),
        (answer, seed, n) => {
          const choices = levelChoices(answer, n, seededRandom(seed)).map((c) => c.code);
          expect(choices).toHaveLength(n);
          expect(choices.filter((c) => c === answer)).toHaveLength(1);
          expect(new Set(choices).size).toBe(n);
          const offered = choices.filter((c) => c !== answer);
          const farthest = Math.max(...offered.map((c) => levelDistance(answer, c)));
          // every level nearer than the farthest one offered is offered too: only neighbours, nearest first
          for (const other of DERMATOME_LEVELS)
            if (other !== answer && levelDistance(answer, other) < farthest) expect(offered).toContain(other);
          // four choices never reach more than three levels away
          if (n <= 4) expect(farthest).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('offers C6 with its two neighbours on each side', () => {
    const codes = levelChoices('C6', 5, seededRandom(3)).map((c) => c.code);
    expect([...codes].sort()).toEqual(['C4', 'C5', 'C6', 'C7', 'C8']);
  });

  it('offers nothing for a name that is no level', () => {
    expect(levelChoices('C1', 4, seededRandom(1))).toEqual([]);
  });
});

describe('the level of a clicked spot', () => {
  // two triangles sharing an edge: vertices 0 (C6), 1 (C7), 2 (unlabelled), 3 (C7)
  const positions = [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0];
  const labels = [4, 5, -1, 5];

  it('takes the label of the hit triangle’s corner nearest the click', () => {
    expect(nearestCorner(positions, [0, 1, 2], [0.9, 0.05, 0])).toBe(1);
    expect(levelAtClick(positions, labels, [0, 1, 2], [0.1, 0.1, 0])).toBe('C6');
    expect(levelAtClick(positions, labels, [0, 1, 2], [0.8, 0.1, 0])).toBe('C7');
    expect(levelAtClick(positions, labels, [1, 3, 2], [0.9, 0.9, 0])).toBe('C7');
  });

  it('is undefined on unlabelled skin', () => {
    expect(levelAtClick(positions, labels, [0, 1, 2], [0.05, 0.9, 0])).toBeUndefined();
  });
});

describe.each(listBodies())('dermatome patches on the %s body', (id) => {
  let positions: Float32Array;
  let indices: Uint32Array;
  let labels: Int8Array;
  beforeAll(async () => {
    const body = await readBody(id);
    positions = body.meshes.skin.positions as Float32Array;
    indices = body.meshes.skin.indices as Uint32Array;
    labels = labelDermatomes(positions, body.landmarks, indices);
  });

  it('every level has a patch, and each patch triangle has at least two corners of its level', () => {
    for (const [i, level] of DERMATOME_LEVELS.entries()) {
      const tris = patchTriangles({ positions, indices, labels }, i, 0);
      expect(tris.length, level).toBeGreaterThan(0);
      expect(tris.length % 9).toBe(0);
    }
    // a click on any corner of a C6 patch triangle with the label reads C6
    const c6 = DERMATOME_LEVELS.indexOf('C6');
    let checked = 0;
    for (let t = 0; t < indices.length && checked < 50; t += 3) {
      const corners = [indices[t], indices[t + 1], indices[t + 2]];
      const own = corners.filter((v) => labels[v] === c6);
      if (own.length === 0) continue;
      const v = own[0];
      const at: Vec3 = [positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]];
      expect(levelAtClick(positions, labels, corners, at)).toBe('C6');
      checked++;
    }
    expect(checked).toBe(50);
  });

  it('lifts the patch off the skin by the given amount', () => {
    const i = DERMATOME_LEVELS.indexOf('T10');
    const flat = patchTriangles({ positions, indices, labels }, i, 0);
    const lifted = patchTriangles({ positions, indices, labels }, i, 0.002);
    const moved = Math.hypot(lifted[0] - flat[0], lifted[1] - flat[1], lifted[2] - flat[2]);
    expect(moved).toBeCloseTo(0.002, 6);
  });

  it('looks at the thumb’s C6 from the side it faces, and at the T10 band on the left flank from the left', () => {
    const c6 = patchView({ positions, indices, labels }, DERMATOME_LEVELS.indexOf('C6'))!;
    expect(c6.target[0]).toBeGreaterThan(0.1); // the left arm, not between the arms
    const t10 = patchView({ positions, indices, labels }, DERMATOME_LEVELS.indexOf('T10'))!;
    expect(t10.target[1]).toBeGreaterThan(0.8);
    expect(t10.target[1]).toBeLessThan(1.2);
    expect(t10.position[0] - t10.target[0]).toBeGreaterThan(0.3); // seen from the subject's left
    expect(patchView({ positions, indices, labels }, 99)).toBeUndefined();
  });
});
