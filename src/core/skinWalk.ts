import { drapePath } from './drapePath';
import type { Surface, SurfaceHit } from './surface';
import { add, cross, distance, dot, length, normalize, scale, sub, type Vec3 } from './vec';

/** A path walked over the skin. `ok` is false when the walk had to give up (stuck, or jumped off the surface). */
export interface Walk {
  path: Vec3[];
  end: Vec3;
  length: number;
  ok: boolean;
}

const MAX_STEP = 0.012;
const MIN_STEP = 0.0015;

/** Step length for a walk of `total` metres: fine on small parts, coarser on long lines. */
export function stepFor(total: number): number {
  return Math.min(MAX_STEP, Math.max(MIN_STEP, total / 6));
}

/** The component of `d` in the tangent plane of normal `n`, unit length (or zero). */
function tangent(d: Vec3, n: Vec3): Vec3 {
  return normalize(sub(d, scale(n, dot(d, n))));
}

/**
 * Heading toward `target` in the tangent plane. Where the target lies almost straight through the body (front to back
 * of the head), the tangent part vanishes; then `bias` (the way over the surface) is added so the walk goes round.
 */
function headingTo(p: Vec3, n: Vec3, target: Vec3, bias: Vec3): Vec3 {
  const d = sub(target, p);
  const t = sub(d, scale(n, dot(d, n)));
  const l = Math.sqrt(dot(d, d));
  if (Math.sqrt(dot(t, t)) > 0.2 * l) return normalize(t);
  return tangent(add(normalize(d), scale(bias, 0.5)), n);
}

/** The side a walk between two skin spots bulges toward: their mean normal, or up where they face apart. */
export function bulge(surface: Surface, a: Vec3, b: Vec3): Vec3 {
  const m = add(surface.closest(a, 0.01).normal, surface.closest(b, 0.01).normal);
  return dot(m, m) > 0.04 ? normalize(m) : [0, 1, 0];
}

/**
 * A section plane that keeps a walk on one skin curve (through `point`, with unit `normal`). Walks stay in their
 * plane, so they neither drift nor depend on how the mesh happens to be triangulated: the same recipe gives mirror
 * images on the two sides of a symmetric body.
 */
export interface SectionPlane {
  point: Vec3;
  normal: Vec3;
}

/** The plane through a and b that contains the direction `up` (null if a, b and up are in line). */
export function planeThrough(a: Vec3, b: Vec3, up: Vec3): SectionPlane | null {
  const n = cross(sub(b, a), up);
  return length(n) > 1e-9 ? { point: a, normal: normalize(n) } : null;
}

function intoPlane(d: Vec3, plane: SectionPlane | null): Vec3 {
  return plane ? normalize(sub(d, scale(plane.normal, dot(d, plane.normal)))) : d;
}

function ontoPlane(q: Vec3, plane: SectionPlane | null): Vec3 {
  return plane ? sub(q, scale(plane.normal, dot(sub(q, plane.point), plane.normal))) : q;
}

/**
 * One step of `step` metres from p along d, kept in the section plane; where the plane step stalls or jumps (a crease,
 * a concave fold), the step is taken freely on the skin instead.
 */
function stepOver(surface: Surface, p: Vec3, d: Vec3, step: number, plane: SectionPlane | null): SurfaceHit {
  const q = add(p, scale(d, step));
  const inPlane = surface.closest(ontoPlane(q, plane), 3 * step);
  if (!plane) return inPlane;
  const moved = distance(inPlane.point, p);
  if (moved > 0.5 * step && moved < 2 * step) return inPlane;
  return surface.closest(q, 3 * step);
}

/**
 * The way to set off from `start` to reach `target` along their section: of the two directions along the section
 * curve, the one toward the target, or, where the target lies through the body (front to back of the head), the one
 * on the bulge side (over the top).
 */
export function setOff(n: Vec3, plane: SectionPlane, start: Vec3, target: Vec3, b: Vec3): Vec3 {
  const t = normalize(cross(plane.normal, n));
  const d = sub(target, start);
  const along = dot(t, d);
  const through = Math.abs(along) < 0.5 * length(d);
  const sign = through ? Math.sign(dot(t, b)) || 1 : Math.sign(along) || 1;
  return scale(t, sign);
}

/**
 * Follows the skin section in `plane` from `start`, setting off along `first`, until `done(p, walked)` says so or
 * `limit` metres are walked. Each step keeps the direction of the last, so the walk never turns back.
 */
export function followSection(
  surface: Surface,
  start: Vec3,
  plane: SectionPlane,
  first: Vec3,
  h: number,
  limit: number,
  done: (p: Vec3, walked: number) => number | null,
): Walk {
  let hit = surface.closest(start, h);
  const path: Vec3[] = [hit.point];
  let walked = 0;
  let dir = first;
  for (let i = 0; walked < limit && i < (3 * limit) / h + 20; i++) {
    const left = done(hit.point, walked);
    if (left === 0) return { path, end: hit.point, length: walked, ok: true };
    let t = normalize(cross(plane.normal, hit.normal));
    if (dot(t, t) === 0) t = dir;
    if (dot(t, dir) < 0) t = scale(t, -1);
    const step = Math.min(h, left ?? h);
    const next = stepOver(surface, hit.point, t, step, plane);
    const moved = distance(next.point, hit.point);
    if (moved < 1e-7 || moved > 2.5 * step) break;
    walked += moved;
    dir = normalize(sub(next.point, hit.point));
    hit = next;
    path.push(hit.point);
  }
  return { path, end: hit.point, length: walked, ok: false };
}

/** Walks `metres` over the skin from `start` toward `target` along their section, passing beyond it if longer. */
export function walkToward(surface: Surface, start: Vec3, target: Vec3, metres: number): Walk {
  const b = bulge(surface, start, target);
  const plane = planeThrough(start, target, b);
  const n = surface.closest(start, 0.01).normal;
  if (!plane) return walkDistance(surface, start, metres, (p, np) => headingTo(p, np, target, b));
  const first = setOff(n, plane, start, target, b);
  const walk = followSection(surface, start, plane, first, stepFor(metres), metres + 1e-4, (_, w) =>
    metres - w <= 1e-5 ? 0 : metres - w,
  );
  return { ...walk, ok: walk.ok || walk.length >= metres * 0.98 };
}

/** Walks `metres` over the skin from `start` in a fixed body direction, along the skin section in that direction. */
export function walkDirection(surface: Surface, start: Vec3, metres: number, direction: Vec3): Walk {
  const n0 = surface.closest(start, 0.01).normal;
  const t0 = tangent(direction, n0);
  const plane = dot(t0, t0) > 0 ? { point: start, normal: normalize(cross(t0, n0)) } : null;
  return walkDistance(surface, start, metres, () => direction, plane);
}

/**
 * Walks `metres` over the skin from `start`, each step heading where `heading(p, n)` says (projected onto the skin's
 * tangent plane and the section plane, if any); when `heading` gives a zero vector the previous heading is kept.
 */
export function walkDistance(
  surface: Surface,
  start: Vec3,
  metres: number,
  heading: (p: Vec3, n: Vec3) => Vec3,
  plane: SectionPlane | null = null,
): Walk {
  const h = stepFor(metres);
  let hit = surface.closest(start, h);
  const path: Vec3[] = [hit.point];
  let walked = 0;
  let prev: Vec3 = [0, 0, 0];
  let ok = true;
  for (let i = 0; walked < metres - 1e-5 && i < (4 * metres) / h + 20; i++) {
    let d = intoPlane(tangent(heading(hit.point, hit.normal), hit.normal), plane);
    if (dot(d, d) === 0) d = intoPlane(tangent(prev, hit.normal), plane);
    if (dot(d, d) === 0) {
      ok = false;
      break;
    }
    const step = Math.min(h, metres - walked);
    const next = stepOver(surface, hit.point, d, step, plane);
    const moved = distance(next.point, hit.point);
    if (moved > 2.5 * step) ok = false; // jumped to another part of the body
    if (moved < 1e-7) break;
    walked += moved;
    prev = d;
    hit = next;
    path.push(hit.point);
  }
  if (walked < metres * 0.98 - 1e-4) ok = false;
  return { path, end: hit.point, length: walked, ok };
}

/** A walk longer than this many times the straight distance has likely gone the long way round the section. */
const DETOUR = 1.6;
/** The straight line laid on the skin may stand in for a detour where it lies this close (× its length) to the skin. */
const HUG = 0.12;

/**
 * Walks over the skin from `start` to `target` (both on the skin) along their section, giving the path and its length.
 * It sets off the likelier way round and, if that does not reach the target or goes far round (DETOUR), tries the
 * other; of those and the straight line laid on the skin (the fallback where both get stuck) it keeps the shortest.
 */
export function walkTo(surface: Surface, start: Vec3, target: Vec3): Walk {
  const straight = distance(start, target);
  if (straight < 1e-6) return { path: [start, target], end: target, length: 0, ok: true };
  const h = stepFor(straight * 1.3);
  const b = bulge(surface, start, target);
  const plane = planeThrough(start, target, b);
  if (plane) {
    const first = setOff(surface.closest(start, 0.01).normal, plane, start, target, b);
    const reach = (p: Vec3) => (distance(p, target) <= h ? 0 : null);
    let best: Walk | null = null;
    for (const d of [first, scale(first, -1)]) {
      const walk = followSection(surface, start, plane, d, h, 2.5 * straight + 0.05, reach);
      if (!walk.ok) continue;
      const last = walk.path[walk.path.length - 1];
      walk.path.push(target);
      const done = { path: walk.path, end: target, length: walk.length + distance(last, target), ok: true };
      if (!best || done.length < best.length) best = done;
      // the likelier way is taken unless it is a detour (round the back of a hand or a finger): then the other
      // way is tried as well, and the shorter kept
      if (best.length <= DETOUR * straight) break;
    }
    if (best && best.length <= DETOUR * straight) return best;
    // both ways round are long or stuck: the straight line laid on the skin, if it is shorter and the line runs
    // close along the skin (from the palm to a fingertip, where the section goes round the hand's back; not under
    // the chin, where the line crosses the air and the way round the chin is the right one)
    const chord = chordWalk(surface, start, target);
    if (!best || (chord.length < best.length && chord.hugs <= HUG * straight)) return chord;
    return best;
  }
  return chordWalk(surface, start, target);
}

/**
 * Fallback path: points of the straight line projected onto the skin (used where the greedy walk gets stuck), with
 * how far the line strays from the skin at most (`hugs`, metres).
 */
function chordWalk(surface: Surface, start: Vec3, target: Vec3): Walk & { hugs: number } {
  const n = 24;
  const path: Vec3[] = [];
  let hugs = 0;
  for (let i = 0; i <= n; i++) {
    const q = add(start, scale(sub(target, start), i / n));
    const p = surface.closest(q).point;
    hugs = Math.max(hugs, distance(p, q));
    path.push(p);
  }
  let length = 0;
  for (let i = 1; i < path.length; i++) length += distance(path[i - 1], path[i]);
  return { path, end: target, length, ok: false, hugs };
}

/** Walks vertically over the skin until level (same height) with `y`. */
export function walkToLevel(surface: Surface, start: Vec3, y: number): Walk {
  let hit = surface.closest(start, MAX_STEP);
  const plane = planeThrough(start, add(start, hit.normal), [0, 1, 0]);
  const path: Vec3[] = [hit.point];
  let length = 0;
  for (let i = 0; i < 400; i++) {
    const dy = y - hit.point[1];
    if (Math.abs(dy) < 0.0003) return { path, end: hit.point, length, ok: true };
    const d = intoPlane(tangent([0, Math.sign(dy), 0], hit.normal), plane);
    if (dot(d, d) === 0 || Math.abs(d[1]) < 0.05) break;
    const step = Math.min(MAX_STEP, Math.abs(dy) / Math.abs(d[1]));
    const next = surface.closest(ontoPlane(add(hit.point, scale(d, step)), plane), 3 * step);
    length += distance(next.point, hit.point);
    hit = next;
    path.push(hit.point);
  }
  return { path, end: hit.point, length, ok: false };
}

/** The point a fraction `t` of the way along a polyline (by length). */
export function alongPath(path: Vec3[], t: number): Vec3 {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += distance(path[i - 1], path[i]);
  let goal = Math.max(0, Math.min(1, t)) * total;
  for (let i = 1; i < path.length; i++) {
    const seg = distance(path[i - 1], path[i]);
    if (goal <= seg && seg > 0) return add(path[i - 1], scale(sub(path[i], path[i - 1]), goal / seg));
    goal -= seg;
  }
  return path[path.length - 1];
}

/** Cuts a polyline at a fraction `t` of its length, keeping the first part. */
export function pathPrefix(path: Vec3[], t: number): Vec3[] {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += distance(path[i - 1], path[i]);
  let goal = Math.max(0, Math.min(1, t)) * total;
  const out: Vec3[] = [path[0]];
  for (let i = 1; i < path.length; i++) {
    const seg = distance(path[i - 1], path[i]);
    if (goal <= seg) {
      out.push(seg > 0 ? add(path[i - 1], scale(sub(path[i], path[i - 1]), goal / seg)) : path[i]);
      return out;
    }
    goal -= seg;
    out.push(path[i]);
  }
  return out;
}

/** The length of a polyline. */
export function polylineLength(path: readonly Vec3[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) total += distance(path[i - 1], path[i]);
  return total;
}

/** `n` + 1 points evenly spaced along a skin polyline (by length), its ends kept and the others put on the skin. */
function evenly(surface: Surface, path: readonly Vec3[], n: number): Vec3[] {
  const total = polylineLength(path);
  return Array.from({ length: n + 1 }, (_, i) =>
    i === 0 || i === n
      ? path[i === 0 ? 0 : path.length - 1]
      : surface.closest(alongPath([...path], i / n), total).point,
  );
}

/** Turns `v` about the unit axis `k` by `angle` radians (Rodrigues). */
function turn(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
}

/**
 * Section walks from a to b in several planes through both: the planes holding the normal at a, the normal at b, and
 * their mean (the bulge) turned about the chord by up to ±60°. The walks that arrive, shortest first.
 */
function sectionWalks(surface: Surface, a: Vec3, b: Vec3): Walk[] {
  const chord = distance(a, b);
  const axis = normalize(sub(b, a));
  const na = surface.closest(a, 0.01).normal;
  const nb = surface.closest(b, 0.01).normal;
  const mean = bulge(surface, a, b);
  const ups = [
    na,
    nb,
    ...[0, 20, -20, 40, -40, 60, -60].map((deg) => turn(mean, axis, (deg * Math.PI) / 180)),
  ];
  const h = stepFor(chord * 1.3);
  const reach = (p: Vec3) => (distance(p, b) <= h ? 0 : null);
  const walks: Walk[] = [];
  for (const up of ups) {
    const plane = planeThrough(a, b, up);
    if (!plane) continue;
    const first = setOff(na, plane, a, b, up);
    for (const d of [first, scale(first, -1)]) {
      const walk = followSection(surface, a, plane, d, h, 2.5 * chord + 0.05, reach);
      if (!walk.ok) continue;
      walks.push({ path: [...walk.path, b], end: b, length: walk.length + distance(walk.end, b), ok: true });
      break;
    }
  }
  return walks.sort((x, y) => x.length - y.length);
}

/**
 * Pulls a skin path tight, as a thread laid on the skin between its two ends would lie: each inner point moves to the
 * skin spot nearest the middle of its two neighbours, over and over, first with a few points far apart and then with
 * more, down to `finest` metres apart. A move that would jump farther than the spacing (onto a neighbouring part:
 * the arm hanging beside the chest, the next finger) is not taken.
 */
function pullTight(surface: Surface, path: readonly Vec3[], finest: number): Vec3[] {
  const total = polylineLength(path);
  let n = Math.max(2, Math.min(6, Math.round(total / finest)));
  let pts = evenly(surface, path, n);
  for (;;) {
    const spacing = total / n;
    for (let round = 0; round < 40; round++) {
      let moved = 0;
      for (let i = 1; i < n; i++) {
        const goal = scale(add(pts[i - 1], pts[i + 1]), 0.5);
        const q = surface.closest(goal, 2 * spacing).point;
        const shift = distance(q, pts[i]);
        if (shift > spacing) continue;
        moved = Math.max(moved, shift);
        pts[i] = q;
      }
      if (moved < 0.0002) break;
    }
    if (spacing <= finest * 1.01 || n >= 256) return pts;
    n = Math.min(256, Math.max(n + 1, Math.min(2 * n, Math.round(total / finest))));
    // Resampled along straight steps that cut under a ridge, the new points would snap to the nearest skin under it
    // (the inside of the lips' parting): lay the steps down over the ridge first.
    pts = evenly(surface, drapePath(surface, pts), n);
  }
}

/** How far off x = 0 a point may lie and still count as on the midline (metres). */
const MIDLINE = 0.001;

/**
 * The course of a channel line between two successive points over the skin: the shortest of several section walks,
 * pulled tight on the skin, so it takes the way a thread laid on the body between the two points would take (down
 * the side of the neck, not round its back), without drifting off the points' own part of the body, and laid down
 * on the skin where a step would cut under a ridge.
 */
export function skinCourse(surface: Surface, a: Vec3, b: Vec3): Vec3[] {
  const chord = distance(a, b);
  if (chord < 0.002) return [a, b];
  // Two points on the midline: the midline section (a midline channel keeps to the body's plane of symmetry).
  if (Math.abs(a[0]) < MIDLINE && Math.abs(b[0]) < MIDLINE) return walkTo(surface, a, b).path;
  const walks = sectionWalks(surface, a, b);
  const finest = Math.min(0.005, Math.max(0.0015, chord / 8));
  let best: Vec3[] = walks[0]?.path ?? walkTo(surface, a, b).path;
  let bestLength = polylineLength(best);
  // The two shortest sections, when they take clearly different ways (they may settle on different tight courses).
  const ways = walks.slice(0, 1);
  const other = walks.find((w) => distance(alongPath(w.path, 0.5), alongPath(walks[0].path, 0.5)) > 0.01);
  if (other && other.length < 1.15 * walks[0].length) ways.push(other);
  for (const walk of ways) {
    const tight = pullTight(surface, walk.path, finest);
    const l = polylineLength(tight);
    if (l < bestLength) {
      best = tight;
      bestLength = l;
    }
  }
  // The pulled points lie on the skin, but a straight step between two of them can cut under a sharp ridge.
  return drapePath(surface, best);
}
