import type { Bump } from './bumps';
import type { Shape } from './shapes';

/** The same solid on the other side of the sagittal plane (x → −x). */
export function mirrorShape(s: Shape): Shape {
  return {
    lo: [-s.hi[0], s.lo[1], s.lo[2]],
    hi: [-s.lo[0], s.hi[1], s.hi[2]],
    k: s.k,
    op: s.op,
    d: (x, y, z) => s.d(-x, y, z),
  };
}

/** The same detail on the other side of the sagittal plane (x → −x). */
export function mirrorBump(b: Bump): Bump {
  return {
    lo: [-b.hi[0], b.lo[1], b.lo[2]],
    hi: [-b.lo[0], b.hi[1], b.hi[2]],
    h: (x, y, z) => b.h(-x, y, z),
  };
}

/** A left-side solid and its right-side mirror, in that order. */
export const bilateral = (s: Shape): Shape[] => [s, mirrorShape(s)];
/** A left-side detail and its right-side mirror. */
export const bilateralBump = (b: Bump): Bump[] => [b, mirrorBump(b)];
