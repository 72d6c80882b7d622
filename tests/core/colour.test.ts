import { describe, expect, it } from 'vitest';
import { srgbOf } from '../../src/core/colour';

describe('srgbOf', () => {
  it('gives the hex digits as sRGB components, not linear light', () => {
    const [r, g, b] = srgbOf('#0a7f7f');
    expect([r * 255, g * 255, b * 255].map(Math.round)).toEqual([10, 127, 127]);
  });
  it('reads the short form', () => {
    expect(srgbOf('#d33').map((c) => Math.round(c * 255))).toEqual([221, 51, 51]);
  });
  it('falls back to mid grey for anything else', () => {
    expect(srgbOf('red')).toEqual([0.5, 0.5, 0.5]);
  });
});
