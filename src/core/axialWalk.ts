import {
  bulge,
  followSection,
  planeThrough,
  setOff,
  stepFor,
  walkDirection,
  type SectionPlane,
  type Walk,
} from './skinWalk';
import type { Surface } from './surface';
import { add, cross, distance, dot, length, lerp, normalize, scale, sub, type Vec3 } from './vec';

/**
 * The axis of a proportional segment (WHO 2008): from its first landmark toward its second. A B-cun of the segment is
 * a fraction of it measured along this axis, so "k B-cun below" means k fractions further along the axis, wherever
 * the skin between bulges or slants.
 */
export interface Axis {
  origin: Vec3;
  dir: Vec3;
}

/** The axis from `from` to `to`. */
export const axisOf = (from: Vec3, to: Vec3): Axis => ({ origin: from, dir: normalize(sub(to, from)) });

/** Where `p` lies along an axis: metres from its origin, measured on the axis (the level of the plane across it). */
export const levelOn = (axis: Axis, p: Vec3): number => dot(sub(p, axis.origin), axis.dir);

/** How far past `goal` (in the walking sense `sign`) a walk may stop (metres). */
const TOLERANCE = 0.0002;

/**
 * Walks over the skin from `start` until the spot's level along `axis` is `goal` (metres from the axis origin).
 * The walk keeps to `plane` (a section through the start); without one it takes the section `sectionNormal` gives. The end is put exactly on the level by
 * interpolating the last stretch.
 */
export function walkToAxisLevel(
  surface: Surface,
  start: Vec3,
  axis: Axis,
  goal: number,
  section?: { plane: SectionPlane; first: Vec3 },
): Walk {
  const hit = surface.closest(start, 0.01);
  const gap = goal - levelOn(axis, hit.point);
  if (Math.abs(gap) <= TOLERANCE)
    return { path: [hit.point, hit.point], end: hit.point, length: 0, ok: true };
  const sign = Math.sign(gap);
  let plane = section?.plane ?? null;
  let first = section?.first ?? null;
  if (!plane || !first) {
    const normal = sectionNormal(hit.normal, axis.dir);
    if (length(normal) < 1e-6) return { path: [hit.point], end: hit.point, length: 0, ok: false };
    plane = { point: hit.point, normal: normalize(normal) };
    first = normalize(cross(plane.normal, hit.normal));
    if (dot(first, axis.dir) * sign < 0) first = scale(first, -1);
  }
  const left = (p: Vec3) => (goal - levelOn(axis, p)) * sign;
  const limit = 3 * Math.abs(gap) + 0.05;
  const walk = followSection(surface, hit.point, plane, first, stepFor(Math.abs(gap) * 1.2), limit, (p) =>
    left(p) <= TOLERANCE ? 0 : left(p),
  );
  if (!walk.ok) return walk;
  return settle(surface, walk, axis, goal);
}

/**
 * The normal of the section a walk along an axis keeps to: across the trunk (an axis nearer horizontal than
 * vertical) the level section through the axis, so a lateral distance keeps its height; along a limb the section
 * holding the axis and the skin normal, straight down the limb.
 */
function sectionNormal(skinNormal: Vec3, axis: Vec3): Vec3 {
  // Level only where the skin faces sideways (chest, back); on skin facing up (the top of the shoulder) a level
  // section would run off along the slope.
  if (Math.abs(axis[1]) < 0.5 && Math.abs(skinNormal[1]) < 0.7) return sub([0, 1, 0], scale(axis, axis[1]));
  return cross(skinNormal, axis);
}

/** Puts the end of a walk that stepped past its level back onto it, on the last stretch walked. */
function settle(surface: Surface, walk: Walk, axis: Axis, goal: number): Walk {
  const n = walk.path.length;
  if (n < 2) return walk;
  const a = walk.path[n - 2];
  const b = walk.path[n - 1];
  const la = levelOn(axis, a);
  const lb = levelOn(axis, b);
  if (Math.abs(lb - goal) <= 1e-5 || Math.abs(lb - la) < 1e-9) return walk;
  const t = Math.min(1, Math.max(0, (goal - la) / (lb - la)));
  const end = surface.closest(lerp(a, b, t), 0.01).point;
  const path = [...walk.path.slice(0, -1), end];
  return { path, end, length: walk.length - distance(a, b) + distance(a, end), ok: true };
}

/**
 * Walks over the skin from `start` along the section through `start` and `target` (as `walkToward` does) until the
 * spot's level along `axis` is `goal`: a proportional distance toward a point, measured on the segment's axis.
 */
export function walkTowardAxisLevel(
  surface: Surface,
  start: Vec3,
  target: Vec3,
  axis: Axis,
  goal: number,
): Walk {
  const b = bulge(surface, start, target);
  const plane = planeThrough(start, target, b);
  if (!plane) return walkToAxisLevel(surface, start, axis, goal);
  const n = surface.closest(start, 0.01).normal;
  let first = setOff(n, plane, start, target, b);
  // Going beyond the target (a step longer than the way to it) or back from it: set off the way the level lies.
  if (dot(first, axis.dir) * (goal - levelOn(axis, start)) < 0) first = scale(first, -1);
  return walkToAxisLevel(surface, start, axis, goal, { plane, first });
}

/**
 * Walks in a body direction (`move`) until the level on an axis is reached: the distance is the proportion of the
 * segment, the way is the recipe's. Along a limb the walk keeps to the section of `direction` and the skin normal
 * (as `walkDirection` does), so "2 B-cun down from BL40" stays on the back of the calf and does not swing toward the
 * malleolus the segment ends at; across the trunk it keeps to `sectionNormal`'s section. Where a section is cut by a
 * fold it cannot cross (behind the ankle), free steps over the skin follow, each as long as the level still to go.
 */
export function walkDirectionToAxisLevel(
  surface: Surface,
  start: Vec3,
  direction: Vec3,
  axis: Axis,
  goal: number,
): Walk {
  const hit = surface.closest(start, 0.01);
  const t0 = normalize(sub(direction, scale(hit.normal, dot(direction, hit.normal))));
  const across = Math.abs(axis.dir[1]) < 0.5;
  const plane =
    !across && length(t0) > 0 ? { point: hit.point, normal: normalize(cross(t0, hit.normal)) } : null;
  const section = walkToAxisLevel(surface, start, axis, goal, plane ? { plane, first: t0 } : undefined);
  if (section.ok) return section;
  let here = hit.point;
  const path: Vec3[] = [here];
  let walked = 0;
  for (let i = 0; i < 12; i++) {
    const gap = goal - levelOn(axis, here);
    if (Math.abs(gap) <= TOLERANCE) return { path, end: here, length: walked, ok: true };
    const sign = Math.sign(gap) * Math.sign(dot(direction, axis.dir) || 1);
    const walk = walkDirection(surface, here, Math.abs(gap), scale(direction, sign));
    if (walk.length < 1e-6) break;
    path.push(...walk.path.slice(1));
    walked += walk.length;
    here = walk.end;
  }
  return { path, end: here, length: walked, ok: false };
}

/** The point `cun` of `total` B-cun along a segment from its start (for the ruler's marks). */
export const atProportion = (from: Vec3, to: Vec3, cun: number, total: number): Vec3 =>
  add(from, scale(sub(to, from), cun / total));
