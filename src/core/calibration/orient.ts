import { cross, type Vec3 } from '../vec';

/** One of the file's axes, with a sign: `[1, -1]` is the file's −Y. */
export type SignedAxis = readonly [axis: 0 | 1 | 2, sign: 1 | -1];

/** How a file's coordinates become the body frame (contracts §1): which axes are up and front, and the scale. */
export interface Orientation {
  up: SignedAxis;
  front: SignedAxis;
  /** Metres per file unit. */
  scale: number;
  /** The unit the file seems to use, for the message shown. */
  unit: string;
}

const UNITS: [string, number][] = [
  ['m', 1],
  ['dm', 0.1],
  ['cm', 0.01],
  ['mm', 0.001],
  ['in', 0.0254],
];

/** A standing adult or child is between these heights (metres); a file unit is chosen to land in the range. */
const STATURE_RANGE = [0.9, 2.3] as const;
/** The height a body of unknown unit is scaled to. */
export const FALLBACK_STATURE = 1.7;

const axisVector = ([axis, sign]: SignedAxis): Vec3 =>
  [0, 1, 2].map((k) => (k === axis ? sign : 0)) as unknown as Vec3;

function bounds(p: Float32Array, axis: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = axis; i < p.length; i += 3) {
    lo = Math.min(lo, p[i]);
    hi = Math.max(hi, p[i]);
  }
  return [lo, hi];
}

/** Extent (max − min) along `axis` of the vertices whose `along` coordinate lies in [lo, hi]. */
function sliceRange(
  p: Float32Array,
  along: number,
  lo: number,
  hi: number,
  axis: number,
  keep: (i: number) => boolean = () => true,
): [number, number] {
  let a = Infinity;
  let b = -Infinity;
  for (let i = 0; i < p.length; i += 3) {
    const t = p[i + along];
    if (t < lo || t > hi || !keep(i)) continue;
    a = Math.min(a, p[i + axis]);
    b = Math.max(b, p[i + axis]);
  }
  return [a, b];
}

/**
 * Finds up, front and the unit of a standing human mesh. Up is the longest axis; its head end is the one whose
 * end slice is smaller (a head is smaller than two feet apart). Front is the shallower of the other two axes
 * (shoulders are wider than the chest is deep); the toes stick out further in front of the trunk than the heels
 * behind it (trunk taken near the midline). The unit is the one that gives a human height. Axis-aligned files only; the user corrects the rest.
 */
export function detectOrientation(p: Float32Array): Orientation {
  const box = [0, 1, 2].map((a) => bounds(p, a));
  const ext = box.map(([lo, hi]) => hi - lo);
  const upAxis = ([0, 1, 2] as const).reduce((a, b) => (ext[b] > ext[a] ? b : a));
  const [lo, hi] = box[upAxis];
  const h = hi - lo;
  const others = ([0, 1, 2] as const).filter((a) => a !== upAxis);
  const sliceArea = (from: number, to: number) =>
    others.reduce<number>((s, a) => {
      const [x, y] = sliceRange(p, upAxis, from, to, a);
      return s * Math.max(0, y - x);
    }, 1);
  const upSign = sliceArea(hi - 0.1 * h, hi) <= sliceArea(lo, lo + 0.1 * h) ? 1 : -1;
  const frontAxis = ext[others[0]] <= ext[others[1]] ? others[0] : others[1];
  const feet = upSign === 1 ? ([lo, lo + 0.04 * h] as const) : ([hi - 0.04 * h, hi] as const);
  const [fLo, fHi] = sliceRange(p, upAxis, feet[0], feet[1], frontAxis);
  // The trunk near the midline only: hands hanging in front of the thighs would shift it forward.
  const side = others.find((a) => a !== frontAxis)!;
  const mid = (box[side][0] + box[side][1]) / 2;
  const nearMidline = (i: number) => Math.abs(p[i + side] - mid) < 0.08 * h;
  const [tLo, tHi] = sliceRange(p, upAxis, lo + 0.45 * h, lo + 0.55 * h, frontAxis, nearMidline);
  const trunk = (tLo + tHi) / 2;
  const frontSign = fHi - trunk >= trunk - fLo ? 1 : -1;
  const fit = UNITS.find(([, k]) => h * k >= STATURE_RANGE[0] && h * k <= STATURE_RANGE[1]);
  return {
    up: [upAxis, upSign],
    front: [frontAxis, frontSign],
    scale: fit ? fit[1] : FALLBACK_STATURE / h,
    unit: fit ? fit[0] : 'unknown',
  };
}

/**
 * Puts a mesh into the body frame: rotated so that `up` is +Y and `front` is +Z (right-handed, so +X is the
 * subject's left), scaled to metres, standing on y = 0, centred between the feet. Returns new positions.
 */
export function applyOrientation(p: Float32Array, o: Orientation): Float32Array {
  if (o.up[0] === o.front[0]) throw new Error('up and front must be different axes');
  const Y = axisVector(o.up);
  const Z = axisVector(o.front);
  const X = cross(Y, Z);
  const out = new Float32Array(p.length);
  for (let i = 0; i < p.length; i += 3) {
    const v: Vec3 = [p[i], p[i + 1], p[i + 2]];
    out[i] = (X[0] * v[0] + X[1] * v[1] + X[2] * v[2]) * o.scale;
    out[i + 1] = (Y[0] * v[0] + Y[1] * v[1] + Y[2] * v[2]) * o.scale;
    out[i + 2] = (Z[0] * v[0] + Z[1] * v[1] + Z[2] * v[2]) * o.scale;
  }
  const [floor, top] = bounds(out, 1);
  const [x0, x1] = sliceRange(out, 1, floor, floor + 0.04 * (top - floor), 0);
  const [z0, z1] = sliceRange(out, 1, floor, floor + 0.04 * (top - floor), 2);
  const shift: Vec3 = [(x0 + x1) / 2, floor, (z0 + z1) / 2];
  for (let i = 0; i < out.length; i += 3) for (let k = 0; k < 3; k++) out[i + k] -= shift[k];
  return out;
}

/** How many triangle edges have only one triangle: 0 for a closed mesh. */
export function openEdgeCount(indices: ArrayLike<number>): number {
  const uses = new Map<number, number>();
  const n = indices.length;
  for (let t = 0; t < n; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = indices[t + k];
      const b = indices[t + ((k + 1) % 3)];
      const key = a < b ? a * 0x200000 + b : b * 0x200000 + a;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  let open = 0;
  for (const c of uses.values()) if (c === 1) open++;
  return open;
}

const signedAxisOf = (v: Vec3): SignedAxis => {
  const axis = ([0, 1, 2] as const).find((k) => v[k] !== 0)!;
  return [axis, v[axis] > 0 ? 1 : -1];
};

/** A quarter turn of the body as shown, about its own left–right, up or front axis; `flip` turns it to face back. */
export type OrientationTurn = 'pitch' | 'yaw' | 'roll' | 'flip';

/**
 * The user's correction of a detected orientation: the body as shown turned a quarter about one of its axes (pitch
 * tips it forward, yaw turns it left, roll leans it onto its side) or turned round to face the other way. Four
 * quarter turns about one axis give the orientation back.
 */
export function turnOrientation(o: Orientation, turn: OrientationTurn): Orientation {
  const U = axisVector(o.up);
  const F = axisVector(o.front);
  const S = cross(U, F);
  const neg = (v: Vec3): Vec3 => [-v[0], -v[1], -v[2]];
  const [up, front] = {
    pitch: [F, neg(U)],
    yaw: [U, S],
    roll: [S, F],
    flip: [U, neg(F)],
  }[turn];
  return { ...o, up: signedAxisOf(up), front: signedAxisOf(front) };
}

/** The axis as a user reads it: `+Y`, `−Z`. */
export const axisName = ([axis, sign]: SignedAxis): string => `${sign > 0 ? '+' : '−'}${'XYZ'[axis]}`;
