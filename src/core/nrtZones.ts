import type { NrtBackZone } from '../schema/nrtZone';
import { levelIndex } from './dermatomeLevels';
import { dermatomeFrame } from './dermatomes';
import { profileAt } from './dermatomeFrame';
import type { Vec3 } from './vec';

/**
 * Which NRT back zone each skin vertex belongs to (index into `zones`, −1 for none): skin of the zone's root on the
 * back half of the trunk, between the heights of its `above` and `below` landmarks and no further from the midline
 * than its `lateral` landmark (bilateral names are read on both sides and averaged).
 */
export function nrtZoneLabels(
  positions: Float32Array,
  landmarks: Record<string, Vec3>,
  dermatomes: Int8Array,
  zones: readonly NrtBackZone[],
): Int16Array {
  const frame = dermatomeFrame(landmarks);
  const at = (name: string): Vec3 => {
    const p = landmarks[name];
    if (p) return p;
    const l = landmarks[`${name}.L`];
    const r = landmarks[`${name}.R`];
    if (!l || !r) throw new Error(`NRT zone: the body has no landmark "${name}"`);
    return [(Math.abs(l[0]) + Math.abs(r[0])) / 2, (l[1] + r[1]) / 2, (l[2] + r[2]) / 2];
  };
  const rules = zones.map((z) => ({
    level: levelIndex(z.root),
    top: at(z.bounds.above)[1],
    bottom: at(z.bounds.below)[1],
    half: Math.abs(at(z.bounds.lateral)[0]),
  }));
  const out = new Int16Array(positions.length / 3).fill(-1);
  for (let v = 0; v < out.length; v++) {
    const [x, y, z] = [positions[3 * v], positions[3 * v + 1], positions[3 * v + 2]];
    const i = rules.findIndex(
      (r) => dermatomes[v] === r.level && y <= r.top && y >= r.bottom && Math.abs(x) <= r.half,
    );
    if (i >= 0 && z < profileAt(frame.centreZ, y)) out[v] = i;
  }
  return out;
}
