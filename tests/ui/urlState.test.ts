import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/state/urlState';

const BODIES = ['female', 'male'];

describe('URL state', () => {
  it('reads body, layers, hidden groups, point, side, view and camera', () => {
    const { state, problems } = parseUrlState(
      '?body=male&layers=points,channels&hide=points:LU&point=LI4&side=R&alt=1&view=ear&cam=1,1.5,2,0,1,0',
      BODIES,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      body: 'male',
      layers: ['points', 'channels'],
      hidden: ['points:LU'],
      selection: { code: 'LI4', side: 'R' },
      alternative: true,
      view: 'ear',
      pose: { position: [1, 1.5, 2], target: [0, 1, 0] },
    });
  });

  it('round-trips what it writes', () => {
    const s = {
      body: 'male',
      selection: { code: 'EX-B2', key: 'T1', side: 'L' as const },
      view: 'back' as const,
      hidden: ['points:BL'],
    };
    expect(parseUrlState(`?${formatUrlState(s)}`, BODIES).state).toEqual(s);
  });

  it('drops malformed or unknown parameters with a notice and keeps the rest', () => {
    const { state, problems } = parseUrlState(
      '?body=robot&point=<script>&view=sideways&cam=1,2&foo=1&side=L',
      BODIES,
    );
    expect(state).toEqual({});
    expect(problems).toHaveLength(5);
    expect(problems.join(' ')).toMatch(/robot/);
  });

  it('keeps a well-formed code it cannot check yet (checked against the data later)', () => {
    expect(parseUrlState('?point=ZZ99', BODIES).state.selection).toEqual({ code: 'ZZ99', side: 'L' });
  });
});
