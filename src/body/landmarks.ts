import { ALL_LANDMARK_NAMES, isBilateralLandmark } from '../core/landmarkNames';
import type { BvhSurface } from '../mesh/surface';
import type { Anchors } from './parts/part';

type P3 = [number, number, number];

/** Landmark names that live on the ears when the ears are attached. */
export const EAR_LANDMARKS = ['tragus', 'ear_apex', 'ear_lobe', 'intertragic_notch'] as const;

/**
 * Projects the generator's landmark seeds onto the skin: each seed moves along its outward direction
 * to the nearest outward-facing crossing of the surface (falling back to the closest point), then
 * is snapped to the closest point. Left-side names become `.L`; `.R` is their exact mirror image.
 * `overrides` (bare names, left side) replace seeds with positions already on another surface (ears).
 */
export function placeLandmarks(
  anchors: Anchors,
  skin: BvhSurface,
  overrides: Record<string, P3> = {},
): Record<string, P3> {
  const bare = new Map<string, P3>();
  for (const [name, a] of Object.entries(anchors)) {
    if (overrides[name]) {
      bare.set(name, overrides[name]);
      continue;
    }
    const hit = skin.projectAlong(a.p, a.n, 0.06) ?? skin.closest(a.p).point;
    // a copy: the surface keeps its recent answers, and the midline snap below must not change them
    const snapped: P3 = [...skin.closest(hit).point];
    if (!isBilateralLandmark(name) && !name.includes('.') && isMidline(name)) snapped[0] = 0;
    bare.set(name, snapped);
  }
  const out: Record<string, P3> = {};
  const missing: string[] = [];
  for (const full of ALL_LANDMARK_NAMES) {
    const m = /^(.*)\.(L|R)$/.exec(full);
    const name = m && isBilateralLandmark(m[1]) ? m[1] : full;
    const p = bare.get(name);
    if (!p) {
      missing.push(full);
      continue;
    }
    out[full] = m && isBilateralLandmark(m[1]) && m[2] === 'R' ? [-p[0], p[1], p[2]] : [p[0], p[1], p[2]];
  }
  // extras the generator adds beyond the list (e.g. tibiale), also mirrored
  for (const [name, p] of bare) {
    if (ALL_LANDMARK_NAMES.includes(name) || ALL_LANDMARK_NAMES.includes(`${name}.L`)) continue;
    out[`${name}.L`] = [p[0], p[1], p[2]];
    out[`${name}.R`] = [-p[0], p[1], p[2]];
  }
  if (missing.length) throw new Error(`landmark seeds missing: ${missing.join(', ')}`);
  return out;
}

function isMidline(name: string): boolean {
  return ALL_LANDMARK_NAMES.includes(name);
}
