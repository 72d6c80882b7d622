import { describe, expect, it } from 'vitest';
import { channelRuns } from '../../src/core/channelCourse';

const codes = (channel: string, n: number) => Array.from({ length: n }, (_, i) => `${channel}${i + 1}`);

describe('the runs a channel line is drawn in', () => {
  it('runs the stomach line down the leg without turning back up to ST40, which hangs off ST38', () => {
    const runs = channelRuns('ST', codes('ST', 45));
    const leg = runs.find((r) => r.includes('ST39'))!;
    expect(leg.slice(leg.indexOf('ST37'), leg.indexOf('ST37') + 4)).toEqual(['ST37', 'ST38', 'ST39', 'ST41']);
    expect(leg).not.toContain('ST40');
    expect(runs).toContainEqual(['ST38', 'ST40']);
  });

  it('keeps every stomach point on a run', () => {
    expect(new Set(channelRuns('ST', codes('ST', 45)).flat())).toEqual(new Set(codes('ST', 45)));
  });

  it('draws a channel without listed runs as one run in order', () => {
    expect(channelRuns('LU', codes('LU', 11))).toEqual([codes('LU', 11)]);
  });
});
