import { describe, expect, it } from 'vitest';
import { decodeLabels, encodeLabels } from '../../src/core/labelCodec';

describe('label strings', () => {
  it('decode what they encode: one character per vertex, "." for none', () => {
    const labels = [-1, 0, 1, 25, 26, 57, -1, 3];
    const s = encodeLabels(labels);
    expect(s).toBe('.ABZ[z.D');
    expect(Array.from(decodeLabels(s))).toEqual(labels);
    expect(decodeLabels('')).toHaveLength(0);
  });
});
