import type { Surface } from './surface';
import { add, distance, dot, normalize, scale, sub, type Vec3 } from './vec';

/** How deep under the skin the middle of a drawn step may lie before the step is laid down on the skin (metres). */
const CUT_TOLERANCE = 0.0005;
/** Steps shorter than this are not split further (metres). */
const SHORTEST_STEP = 0.0005;

/**
 * Lays a skin polyline down on the skin where a straight step between two of its points cuts under it, as over a
 * sharp ridge (the upper lip's) that the points of a pulled-tight path lie on either side of. Such a step is split at
 * the skin spot over its middle, found from outside the skin (along the mean normal of the step's ends, as far out as
 * the middle lies in), so that the spot is the ridge's crest and not the nearest skin under a thin fold. Steps that
 * bridge a hollow above the skin are left as they are: a thread laid on the skin spans them too.
 */
export function drapePath(surface: Surface, path: readonly Vec3[], depthLimit = 6): Vec3[] {
  const out: Vec3[] = [path[0]];
  for (let i = 1; i < path.length; i++) {
    layDown(surface, path[i - 1], path[i], depthLimit, out);
  }
  return out;
}

/** Appends the draped step a → b (without a) to `out`. */
function layDown(surface: Surface, a: Vec3, b: Vec3, depth: number, out: Vec3[]): void {
  const mid = scale(add(a, b), 0.5);
  const under = depth > 0 && distance(a, b) > SHORTEST_STEP ? depthUnder(surface, mid) : 0;
  if (under <= CUT_TOLERANCE) {
    out.push(b);
    return;
  }
  const na = surface.closest(a, 0.01).normal;
  const nb = surface.closest(b, 0.01).normal;
  // Out of the skin across the step: the ends' mean normal without its part along the step.
  const along = normalize(sub(b, a));
  const sum = add(na, nb);
  const across = sub(sum, scale(along, dot(sum, along)));
  const up = dot(across, across) > 1e-6 ? normalize(across) : surface.closest(mid, 0.01).normal;
  const crest = surface.closest(add(mid, scale(up, 2 * under)), 4 * under + distance(a, b)).point;
  // A crest farther from the step's middle than the step is long belongs to another part of the body: keep the step.
  if (distance(crest, mid) > distance(a, b)) {
    out.push(b);
    return;
  }
  layDown(surface, a, crest, depth - 1, out);
  layDown(surface, crest, b, depth - 1, out);
}

/** How far `p` lies under the skin (metres; 0 when it is on or outside it). */
function depthUnder(surface: Surface, p: Vec3): number {
  const hit = surface.closest(p, 0.02);
  return dot(sub(p, hit.point), hit.normal) < 0 ? hit.distance : 0;
}
