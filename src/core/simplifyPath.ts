import type { Vec3 } from './vec';
import { dot, length, sub } from './vec';

/** Distance from p to the segment a–b (metres). */
function toSegment(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  const l2 = dot(ab, ab);
  const t = l2 > 0 ? Math.max(0, Math.min(1, dot(sub(p, a), ab) / l2)) : 0;
  return length(sub(p, [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t]));
}

/**
 * Douglas–Peucker: drops the vertices of a polyline that lie within `tolerance` metres of the simplified line, keeping
 * both ends. Channel lines come from skin walks with many nearly collinear vertices; drawing fewer costs less where
 * every vertex is shaded on the CPU.
 */
export function simplifyPath(path: readonly Vec3[], tolerance: number): Vec3[] {
  if (path.length <= 2) return [...path];
  const keep = new Uint8Array(path.length);
  keep[0] = keep[path.length - 1] = 1;
  const stack: [number, number][] = [[0, path.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = toSegment(path[k], path[i], path[j]);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > tolerance) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return path.filter((_, k) => keep[k] === 1);
}
