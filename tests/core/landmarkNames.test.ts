import { describe, expect, it } from 'vitest';
import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../../src/core/landmarkNames';

describe('landmark names', () => {
  it('lists every name once', () => {
    expect(new Set(ALL_LANDMARK_NAMES).size).toBe(ALL_LANDMARK_NAMES.length);
  });
  it('expands bilateral names into both sides', () => {
    expect(ALL_LANDMARK_NAMES).toContain('nipple.L');
    expect(ALL_LANDMARK_NAMES).toContain('nipple.R');
    expect(isBilateralLandmark('nipple')).toBe(true);
    expect(isBilateralLandmark('umbilicus')).toBe(false);
  });
});
