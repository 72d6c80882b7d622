import type { Vec3 } from './vec';

/** Radii on the eye's front, in metres across the face: the iris (full inside, fading out to the edge) and the pupil. */
const IRIS = { full: 0.0052, edge: 0.0064 };
const PUPIL = { full: 0.0018, edge: 0.0026 };
/** How far in front of the pupil landmark (the cornea's front) a vertex may lie and still be on the eye: the lids lie farther forward. */
const AHEAD = 0.0003;
/** How far behind it: the iris's edge on the curved eyeball lies a few millimetres back. */
const BEHIND = 0.005;
/** The least forward tilt of a vertex normal on the eye's front (the lid margins face up or down). */
const FACING = 0.5;

const fade = (d: number, r: { full: number; edge: number }) =>
  d <= r.full ? 1 : d >= r.edge ? 0 : (r.edge - d) / (r.edge - r.full);

/**
 * How much of each vertex is iris and how much pupil (0–1 each; `iris[v]`, `pupil[v]`), for painting the eyes of a
 * generated face whose eyeball is skin like the rest: the face's front is +z and each pupil landmark lies on the
 * cornea's front. A vertex counts when it lies within the iris's radius of a pupil across the face, not in front of
 * the cornea (the lids) nor far behind it, and faces forward. Null when the body names no pupil.
 */
export function eyeTint(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  pupils: readonly Vec3[],
): { iris: Float32Array; pupil: Float32Array } | null {
  if (pupils.length === 0) return null;
  const n = positions.length / 3;
  const iris = new Float32Array(n);
  const pupil = new Float32Array(n);
  for (let v = 0; v < n; v++) {
    if (normals[v * 3 + 2] < FACING) continue;
    for (const p of pupils) {
      const dz = positions[v * 3 + 2] - p[2];
      if (dz > AHEAD || dz < -BEHIND) continue;
      const across = Math.hypot(positions[v * 3] - p[0], positions[v * 3 + 1] - p[1]);
      iris[v] = Math.max(iris[v], fade(across, IRIS));
      pupil[v] = Math.max(pupil[v], fade(across, PUPIL));
    }
  }
  return { iris, pupil };
}
