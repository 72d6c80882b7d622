import type { Shape, ShapeOpts } from './shapes';
import type { V3 } from './vec';

/** The opening of an eye as drawn from the front: two circular arcs meeting at the corners. */
export interface AlmondOutline {
  /** Middle of the chord joining the two corners (world x, y). */
  cx: number;
  cy: number;
  /** Half the corner-to-corner length. */
  half: number;
  /** How far the upper and lower arcs stand from the chord at its middle. */
  up: number;
  down: number;
  /** Tilt of the chord (radians; positive raises the end at +x). */
  tilt: number;
}

/** Signed distance (approximate) from a point of the front plane to an almond outline; negative inside. */
export function almond2d(o: AlmondOutline, x: number, y: number): number {
  const c = Math.cos(o.tilt);
  const s = Math.sin(o.tilt);
  const dx = x - o.cx;
  const dy = y - o.cy;
  const u = dx * c + dy * s;
  const w = -dx * s + dy * c;
  // an arc of sagitta h over the half-chord a has radius (a² + h²) / 2h, its centre on the far side
  const ru = (o.half * o.half + o.up * o.up) / (2 * o.up);
  const rd = (o.half * o.half + o.down * o.down) / (2 * o.down);
  const du = Math.hypot(u, w - (o.up - ru)) - ru;
  const dd = Math.hypot(u, w + (o.down - rd)) - rd;
  return Math.max(du, dd);
}

/**
 * A prism with an almond cross-section running along z from `z0` to `z1`: carved out of the eyelids it makes
 * the open eye (the eyeball added after it shows through).
 */
export function almondPrism(o: AlmondOutline, z0: number, z1: number, opts: ShapeOpts = {}): Shape {
  const reach = o.half + Math.max(o.up, o.down);
  const lo: V3 = [o.cx - reach, o.cy - reach, z0];
  const hi: V3 = [o.cx + reach, o.cy + reach, z1];
  return {
    lo,
    hi,
    k: opts.k ?? 0.001,
    op: opts.op ?? 'sub',
    d(x, y, z) {
      const dz = Math.max(z0 - z, z - z1);
      return Math.max(almond2d(o, x, y), dz);
    },
  };
}
