import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelRequest } from '../../src/core/labelLayout';
import { rulerTicks } from '../../src/core/cunRuler';

const overlap = (a: { left: number; top: number }, b: { left: number; top: number }, w: number, h: number) =>
  a.left < b.left + w && b.left < a.left + w && a.top < b.top + h && b.top < a.top + h;

describe('label layout', () => {
  it('never lets two labels overlap, even for anchors on top of each other', () => {
    const reqs: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({
      id: String(i),
      x: 400 + (i % 3) * 4,
      y: 300 + i * 3,
      w: 90,
      h: 18,
      priority: i,
    }));
    const placed = layoutLabels(reqs, { width: 800, height: 600 });
    expect(placed.length).toBeGreaterThan(3);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b, 90, 18)).toBe(false);
  });

  it('places the first priority first and keeps labels inside the view', () => {
    const placed = layoutLabels([{ id: 'sel', x: 795, y: 5, w: 60, h: 18, priority: 0 }], {
      width: 800,
      height: 600,
    });
    expect(placed).toHaveLength(1);
    expect(placed[0].left + 60).toBeLessThanOrEqual(800);
    expect(placed[0].top).toBeGreaterThanOrEqual(0);
  });
});

describe('cun ruler', () => {
  it('puts a tick at every B-cun of the segment, both ends included', () => {
    const ticks = rulerTicks({ from: [0, 1, 0], to: [0, 0.88, 0], cun: 12 }, [0, 0, 1]);
    expect(ticks).toHaveLength(13);
    expect(ticks[6][0][1]).toBeCloseTo(0.94);
    expect(ticks[0][0][0]).not.toBeCloseTo(ticks[0][1][0]); // across the segment, along the skin
  });
});
