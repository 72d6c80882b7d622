import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/state/urlState';

const BODIES = ['female', 'male'];
const KNOWN = ['body', 'layers', 'hide', 'point', 'side', 'alt', 'view', 'cam'];

/** A value as links carry them: good ones, near misses, junk, very long ones. */
const value = fc.oneof(
  fc.constantFrom(
    'male',
    'female',
    'points,channels',
    'LI4',
    'EX-B2:T1',
    'L',
    'R',
    'M',
    '1',
    'no',
    'front',
    'ear',
  ),
  fc.constantFrom('0,1,2,0,1,0', '1,2,3', 'NaN,0,0,0,0,0', '1e9,0,0,0,0,0', 'points:LU', 'x y', ''),
  fc.string({ maxLength: 30 }),
  fc.string({ minLength: 990, maxLength: 1100 }),
);
const param = fc.tuple(fc.oneof(fc.constantFrom(...KNOWN), fc.string({ maxLength: 12 })), value);
const query = fc.array(param, { maxLength: 10 }).map((ps) => {
  const q = new URLSearchParams();
  for (const [k, v] of ps) q.append(k, v);
  return `?${q.toString()}`;
});

describe('the link parser under generated links', () => {
  it('never throws, and what it keeps reads back the same from its canonical address', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state } = parseUrlState(search, BODIES);
        const again = parseUrlState(`?${formatUrlState(state)}`, BODIES);
        expect(again.problems).toEqual([]);
        expect(formatUrlState(again.state)).toBe(formatUrlState(state));
      }),
      { numRuns: 3000 },
    );
  });

  it('names every unknown, repeated or over-long parameter in a notice', () => {
    fc.assert(
      fc.property(query, (search) => {
        const q = new URLSearchParams(search);
        const keys = [...q.keys()];
        const { problems } = parseUrlState(search, BODIES);
        const text = problems.join('\n');
        const seen = new Set<string>();
        // the parser keeps the first usable value of a parameter; a too-long one is dropped, not kept
        for (const [k, v] of q) {
          if (['tour', 'tourdata', 'scene'].includes(k)) continue;
          if (!KNOWN.includes(k)) expect(text).toContain('Unknown link parameter');
          else if (seen.has(k)) expect(text).toContain(`“${k}” appears more than once`);
          else if (v.length > 1000) expect(text).toContain(`“${k}” in the link is too long`);
          else seen.add(k);
        }
        if (keys.length === 0) expect(problems).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
