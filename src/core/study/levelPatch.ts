import { add, cross, normalize, scale, sub, type Vec3 } from '../vec';
import type { ViewPose } from './questionView';

const faceNormal = (a: Vec3, b: Vec3, c: Vec3): Vec3 => normalize(cross(sub(b, a), sub(c, a)));

/** The skin as the patch needs it: vertex positions (xyz), triangles (vertex indices) and a level label per vertex. */
export interface LabelledSkin {
  positions: ArrayLike<number>;
  indices: ArrayLike<number>;
  /** Index into DERMATOME_LEVELS per vertex, −1 where unlabelled. */
  labels: ArrayLike<number>;
}

/**
 * The triangles of one level's patch, as a flat list of positions (three vertices a triangle), each corner moved
 * `lift` metres out along its triangle's normal so the patch lies on the skin without sinking into it. A triangle
 * belongs to the patch when at least two of its corners carry the label (the border then runs between vertices).
 */
export function patchTriangles(skin: LabelledSkin, label: number, lift = 0.001): Float32Array {
  const { positions: p, indices: ix, labels } = skin;
  const out: number[] = [];
  for (let t = 0; t < ix.length; t += 3) {
    const [a, b, c] = [ix[t], ix[t + 1], ix[t + 2]];
    if (Number(labels[a] === label) + Number(labels[b] === label) + Number(labels[c] === label) < 2) continue;
    const va: Vec3 = [p[a * 3], p[a * 3 + 1], p[a * 3 + 2]];
    const vb: Vec3 = [p[b * 3], p[b * 3 + 1], p[b * 3 + 2]];
    const vc: Vec3 = [p[c * 3], p[c * 3 + 1], p[c * 3 + 2]];
    const n = faceNormal(va, vb, vc);
    for (const v of [va, vb, vc]) out.push(v[0] + n[0] * lift, v[1] + n[1] * lift, v[2] + n[2] * lift);
  }
  return Float32Array.from(out);
}

/**
 * Where the camera looks at a level's patch: at the middle of its part on the subject's left side (a band round the
 * trunk or a strip down both arms would otherwise be looked at from between them), from the side that part faces,
 * far enough back to show it whole. Undefined when no triangle carries the label.
 */
export function patchView(skin: LabelledSkin, label: number): ViewPose | undefined {
  const tris = patchTriangles(skin, label, 0);
  let sum: Vec3 = [0, 0, 0];
  let facing: Vec3 = [0, 0, 0];
  let n = 0;
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < tris.length; i += 9) {
    const a: Vec3 = [tris[i], tris[i + 1], tris[i + 2]];
    const b: Vec3 = [tris[i + 3], tris[i + 4], tris[i + 5]];
    const c: Vec3 = [tris[i + 6], tris[i + 7], tris[i + 8]];
    const mid: Vec3 = scale(add(add(a, b), c), 1 / 3);
    if (mid[0] < -0.01) continue; // the subject's right side: the left one stands for both
    sum = add(sum, mid);
    facing = add(facing, faceNormal(a, b, c));
    n++;
    for (let k = 0; k < 3; k++) [lo[k], hi[k]] = [Math.min(lo[k], mid[k]), Math.max(hi[k], mid[k])];
  }
  if (n === 0) return undefined;
  const target = scale(sum, 1 / n);
  const flat: Vec3 = [facing[0], 0, facing[2]];
  const dir: Vec3 = Math.hypot(flat[0], flat[2]) > 1e-6 ? normalize(flat) : [0, 0, 1];
  const size = Math.max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]);
  const back = Math.max(0.7, size * 2.2);
  return { target, position: add(target, add(scale(dir, back), [0, 0.05, 0])) };
}
