import type { Sdf } from './field';
import type { V3 } from './vec';

/** Moves a point along a direction onto a surface (the nearest outward crossing). */
export type Snap = (p: V3, n: V3) => V3;

/**
 * A snap onto the zero set of `sdf`: marches from `reach` outside along −n in 1.5 mm steps until it
 * enters the solid, then bisects. Points whose line never meets the solid are returned unchanged.
 * Used to seat surface details (ridges, grooves, dents) exactly on the skin they modify.
 */
export function snapper(sdf: Sdf, reach = 0.06): Snap {
  return (p, n) => {
    const l = Math.hypot(n[0], n[1], n[2]);
    const d: V3 = [n[0] / l, n[1] / l, n[2] / l];
    const at = (t: number): V3 => [p[0] + d[0] * t, p[1] + d[1] * t, p[2] + d[2] * t];
    let prev = reach;
    if (sdf(...at(prev)) < 0) return p;
    for (let t = reach - 0.0015; t >= -reach; t -= 0.0015) {
      if (sdf(...at(t)) < 0) {
        let lo = t;
        let hi = prev;
        for (let i = 0; i < 20; i++) {
          const m = (lo + hi) / 2;
          if (sdf(...at(m)) < 0) lo = m;
          else hi = m;
        }
        return at((lo + hi) / 2);
      }
      prev = t;
    }
    return p;
  };
}
