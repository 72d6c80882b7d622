import { describe, expect, it } from 'vitest';
import {
  applyOrientation,
  axisName,
  turnOrientation,
  type Orientation,
  type OrientationTurn,
} from '../../src/core/calibration/orient';

const start: Orientation = { up: [1, 1], front: [2, 1], scale: 1, unit: 'm' };

/** A body-frame "stick": a head point above a nose point in front; where they land says how the body stands. */
const stick = new Float32Array([0, 0, 0, 0, 1.7, 0, 0, 1.5, 0.1]);

describe('turning a detected orientation (the user’s correction)', () => {
  it('four quarter turns about any axis, or two flips, give the orientation back', () => {
    for (const t of ['pitch', 'yaw', 'roll'] as OrientationTurn[]) {
      let o = start;
      const seen = new Set<string>();
      for (let i = 0; i < 4; i++) {
        o = turnOrientation(o, t);
        seen.add(`${axisName(o.up)} ${axisName(o.front)}`);
      }
      expect(o).toEqual(start);
      expect(seen.size, t).toBe(4);
    }
    expect(turnOrientation(turnOrientation(start, 'flip'), 'flip')).toEqual(start);
  });

  it('a body lying face up (file +Z up, file +Y front) stands after one pitch', () => {
    // the file has the head along +Z and the nose along +Y: what detection got wrong is up = +Y, front = −Z
    const wrong: Orientation = { up: [1, 1], front: [2, -1], scale: 1, unit: 'm' };
    const file = new Float32Array([0, 0, 0, 0, 0, 1.7, 0, 0.1, 1.5]);
    const turned = [0, 1, 2, 3].map((n) => {
      let o = wrong;
      for (let i = 0; i < n; i++) o = turnOrientation(o, 'pitch');
      return o;
    });
    const standing = turned.filter((o) => {
      const p = applyOrientation(file, o);
      return p[4] > 1.6 && p[8] > p[2] + 0.05; // head up, nose in front
    });
    expect(standing).toHaveLength(1);
    expect(standing[0].up).toEqual([2, 1]);
    expect(standing[0].front).toEqual([1, 1]);
  });

  it('keeps scale and unit, and flip turns the front round', () => {
    const flipped = turnOrientation({ ...start, scale: 0.01, unit: 'cm' }, 'flip');
    expect(flipped).toMatchObject({ up: [1, 1], front: [2, -1], scale: 0.01, unit: 'cm' });
    const p = applyOrientation(stick, flipped);
    expect(p[8]).toBeLessThan(0);
  });
});
