import { describe, expect, it } from 'vitest';
import { placeMarkLabels } from '../../src/core/markLabels';

describe('labels of marks on a printed figure', () => {
  it('labels marks on the side away from the midline', () => {
    const [a, b] = placeMarkLabels(
      [
        { x: 100, y: 300, text: 'L' },
        { x: 400, y: 300, text: 'R' },
      ],
      500,
      20,
    );
    expect([a!.text, a!.anchor, a!.lx < a!.x]).toEqual(['L', 'end', true]);
    expect([b!.text, b!.anchor, b!.lx > b!.x]).toEqual(['R', 'start', true]);
  });

  it('pushes labels apart that would overlap, keeping their top-to-bottom order', () => {
    const placed = placeMarkLabels(
      [
        { x: 200, y: 305, text: '2 BL25' },
        { x: 200, y: 300, text: '1 BL23' },
        { x: 210, y: 302, text: '3 GB30' },
      ],
      500,
      20,
    );
    expect(placed.map((p) => p.text)).toEqual(['1 BL23', '3 GB30', '2 BL25']);
    const ys = placed.map((p) => p.ly);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(20);
  });
});
