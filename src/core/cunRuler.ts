import type { SegmentUsed } from './sites';
import type { Vec3 } from './vec';
import { add, cross, dot, lerp, normalize, scale, sub } from './vec';

/**
 * Tick marks of a cun ruler laid along a proportional segment: one tick per B-cun from `from` to `to` (a longer tick
 * every 5), across the segment and along the skin (perpendicular to the segment and to the skin normal `up`).
 * Returns pairs of end points.
 */
export function rulerTicks(
  seg: Pick<SegmentUsed, 'from' | 'to' | 'cun'>,
  up: Vec3,
  tick = 0.007,
): [Vec3, Vec3][] {
  const along = normalize(sub(seg.to, seg.from));
  let across = cross(along, up);
  if (Math.hypot(...across) < 1e-6) across = cross(along, Math.abs(along[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]);
  across = normalize(across);
  const n = Math.max(1, Math.round(seg.cun));
  const ticks: [Vec3, Vec3][] = [];
  for (let i = 0; i <= n; i++) {
    const c = lerp(seg.from, seg.to, i / seg.cun > 1 ? 1 : i / seg.cun);
    const half = (i % 5 === 0 || i === n ? 1.8 : 1) * tick;
    ticks.push([add(c, scale(across, -half)), add(c, scale(across, half))]);
  }
  return ticks;
}

/** Lifts a path off the skin toward the eye side so that it is not buried: offsets each point along `normal`. */
export const liftPath = (path: readonly Vec3[], normal: Vec3, by: number): Vec3[] =>
  path.map((p) => add(p, scale(normal, by)));

/** The average outward direction of a path relative to a centre (a fallback normal for long segments). */
export function outwardOf(path: readonly Vec3[], centre: Vec3): Vec3 {
  const m = path.reduce<Vec3>((acc, p) => add(acc, scale(p, 1 / path.length)), [0, 0, 0]);
  const d = sub(m, centre);
  return dot(d, d) > 0 ? normalize(d) : [0, 0, 1];
}

/** The name of a step's cun: finger-cun (`F`, measured on the patient's finger) or proportional bone-cun. */
export const cunUnitName = (unit: string | undefined): 'F-cun' | 'B-cun' =>
  unit === 'F' ? 'F-cun' : 'B-cun';

/**
 * The legend under the steps, naming the cun the ruler's ticks are in: B-cun on a proportional segment, F-cun
 * (finger-cun) on the finger; both when a point uses both.
 */
export function rulerLegend(units: readonly (string | undefined)[]): string {
  const names = new Set(units.map(cunUnitName));
  const ticks =
    names.size > 1
      ? 'a tick per B-cun on a proportional segment and per F-cun (finger-cun) on the finger'
      : names.has('F-cun')
        ? 'a tick per F-cun (finger-cun)'
        : 'a tick per B-cun';
  return `On the body: the white ruler is the segment, ${ticks}; the amber line is the distance taken.`;
}
