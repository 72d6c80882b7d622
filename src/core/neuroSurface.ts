import type { DermatomeKeyPoint } from '../schema/dermatomeKeyPoint';
import type { NrtBackZone } from '../schema/nrtZone';
import { resolveKeyPoints, type ItemSite } from './dermatomeKeyPoints';
import { labelDermatomes } from './dermatomes';
import { nrtZoneLabels } from './nrtZones';
import type { MeshArrays, Surface } from './surface';
import type { Vec3 } from './vec';

/** What the dermatome and NRT layers need of one body: a label per skin vertex and the key points on the skin. */
export interface NeuroSurface {
  /** Dermatome per skin vertex (index into DERMATOME_LEVELS, −1 none). */
  dermatomes: Int8Array;
  /** NRT back zone per skin vertex (index into the zones, −1 none). */
  nrtZones: Int16Array;
  keySites: ItemSite[];
  errors: string[];
}

/**
 * Labels every skin vertex with its dermatome and NRT back zone and resolves the key sensory points. Run at build
 * time for the shipped bodies (scripts/atlasCachePlugin.ts) and in the browser for any other, on the skin's `surface`
 * (src/mesh/surface.ts).
 */
export function neuroSurface(
  skin: MeshArrays,
  landmarks: Record<string, Vec3>,
  data: { keyPoints: readonly DermatomeKeyPoint[]; backZones: readonly NrtBackZone[] },
  surface: Surface,
): NeuroSurface {
  const dermatomes = labelDermatomes(skin.positions, landmarks, skin.indices);
  const nrtZones = nrtZoneLabels(skin.positions, landmarks, dermatomes, data.backZones);
  const { sites, errors } = resolveKeyPoints(surface, landmarks, data.keyPoints);
  return { dermatomes, nrtZones, keySites: sites, errors };
}
