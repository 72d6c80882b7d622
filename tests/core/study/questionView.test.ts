import { describe, expect, it } from 'vitest';
import { questionView } from '../../../src/core/study/questionView';
import { distance } from '../../../src/core/vec';

const knee: [number, number, number] = [0.1, 0.5, 0.02];
const ankle: [number, number, number] = [0.1, 0.1, 0];

describe('the view of a locate question', () => {
  it('looks at the middle of the segment from the side the site faces, the whole segment in view', () => {
    const v = questionView([0.14, 0.3, 0.01], [1, 0, 0], knee, ankle);
    expect(v.target).toEqual([0.1, 0.3, 0.01]);
    expect(v.position[0]).toBeGreaterThan(0.6); // from the subject's left, the lateral side of the left leg
    expect(distance(v.position, v.target)).toBeGreaterThan(distance(knee, ankle) * 2);
  });

  it('sees a site on the inner left leg from the front at a slant, not through the right leg', () => {
    const v = questionView([0.06, 0.3, 0.01], [-1, 0, 0.1], knee, ankle);
    expect(v.position[2]).toBeGreaterThan(v.target[2] + 0.4);
    expect(v.position[0]).toBeLessThan(v.target[0]);
  });
});
