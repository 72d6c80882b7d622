import { describe, expect, it } from 'vitest';
import { canonicalQuery, formatUrlState, parseUrlState } from '../../src/state/urlState';
import { urlStateOf } from '../../src/state/urlStateOf';
import type { ResolvedAtlas } from '../../src/state/atlasTypes';
import { tinyAtlasState } from './fixtures';

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

  it('uses the first of a repeated parameter and names the repeat, so the address is rewritten', () => {
    const { state, problems } = parseUrlState('?view=back&view=front', BODIES);
    expect(state.view).toBe('back');
    expect(problems.join(' ')).toMatch(/“view” appears more than once/);
    expect(canonicalQuery('?view=back&view=front', BODIES)).toBeNull();
    expect(formatUrlState(state)).toBe('view=back');
  });

  it('drops an over-long value with a notice that does not quote it whole', () => {
    const huge = 'a'.repeat(100_000);
    const { state, problems } = parseUrlState(`?layers=${huge}&view=back&${huge}=1`, BODIES);
    expect(state).toEqual({ view: 'back' });
    expect(problems).toHaveLength(2);
    expect(problems.join(' ')).toMatch(/“layers” in the link is too long/);
    expect(problems.every((p) => p.length < 200)).toBe(true);
  });

  it('reads alt=yes (and 1, true) as the alternative location, alt=no as the main one, and names anything else', () => {
    for (const v of ['1', 'yes', 'true', 'YES'])
      expect(parseUrlState(`?point=LI20&alt=${v}`, BODIES).state.alternative).toBe(true);
    const no = parseUrlState('?point=LI20&alt=no', BODIES);
    expect(no.state.alternative).toBeUndefined();
    expect(no.problems).toEqual([]);
    const odd = parseUrlState('?point=LI20&alt=maybe', BODIES);
    expect(odd.state.alternative).toBeUndefined();
    expect(odd.problems.join(' ')).toMatch(/alt=maybe/);
  });

  it('keeps a well-formed code it cannot check yet (checked against the data later)', () => {
    expect(parseUrlState('?point=ZZ99', BODIES).state.selection).toEqual({ code: 'ZZ99', side: 'L' });
  });

  it('reads a link in any parameter order as the same state, and refuses one with a problem', () => {
    const canonical = formatUrlState(parseUrlState('?layers=points,dermatomes&view=back', BODIES).state);
    expect(canonical).toBe('layers=points,dermatomes&view=back');
    expect(canonicalQuery('?view=back&layers=points,dermatomes', BODIES)).toBe(canonical);
    expect(canonicalQuery('?view=back&layers=points,dermatomes&hide=', BODIES)).toBe(canonical);
    expect(canonicalQuery('?view=sideways&layers=points', BODIES)).toBeNull();
    expect(canonicalQuery('?layers=points&foo=1', BODIES)).toBeNull();
  });
});

describe('the link written from the state', () => {
  const resolved: ResolvedAtlas = { sites: [], lines: [], errors: [] };
  const loaded = () => tinyAtlasState(resolved);

  it('keeps a dermatome/ear/NRT layer the link turned on while its data has not arrived', () => {
    const s = { ...loaded(), layerListed: true, layerOn: { points: true, dermatomes: true, nrt: true } };
    expect(s.layers.map((l) => l.id)).not.toContain('dermatomes');
    expect(urlStateOf(s, 'female').layers).toEqual(['points', 'dermatomes', 'nrt']);
  });

  it('drops a layer id that no part of the atlas knows, and lists none when all are as by default', () => {
    const s = { ...loaded(), layerListed: true, layerOn: { points: true, nosuch: true } };
    expect(urlStateOf(s, 'female').layers).toEqual(['points']);
    expect(urlStateOf(loaded(), 'female').layers).toBeUndefined();
  });

  it('lists a neuro layer switched on after load even when nothing else changed', () => {
    const s = { ...loaded(), layerOn: { 'ear-areas': true } };
    const on = s.layers.filter((l) => l.defaultOn).map((l) => l.id);
    expect(urlStateOf(s, 'female').layers).toEqual([...on, 'ear-areas']);
  });
});
