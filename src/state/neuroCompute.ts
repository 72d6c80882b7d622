import { resolveKeyPoints } from '../core/dermatomeKeyPoints';
import { labelDermatomes } from '../core/dermatomes';
import { nrtZoneLabels } from '../core/nrtZones';
import { createSurface } from '../core/surface';
import type { Vec3 } from '../core/vec';
import { neuroData } from 'virtual:validated/neuro';
import type { SkinGeometry } from './atlasTypes';
import { loadEarMap } from './earMapAssets';
import type { Layer } from './layerTypes';
import { neuroLayers } from './neuroLayers';

/**
 * The neuro layers of one body: every skin vertex labelled with its dermatome and NRT zone, the key points resolved
 * on the skin, and the ear map read. Loaded as its own chunk, after the first frame.
 */
export async function computeNeuroLayers(
  skin: SkinGeometry,
  landmarks: Record<string, Vec3>,
  bodyId: string,
): Promise<Layer[]> {
  const ears = await loadEarMap(bodyId).catch(() => null);
  const dermatomes = labelDermatomes(skin.positions, landmarks);
  const nrtZones = nrtZoneLabels(skin.positions, landmarks, dermatomes, neuroData.nrt.backZones);
  // a BVH reorders the triangles of its index in place: give it a copy, so the drawn skin's own BVH stays valid
  const surface = createSurface(skin);
  const { sites, errors } = resolveKeyPoints(surface, landmarks, neuroData.keyPoints);
  if (errors.length) console.warn('PointAtlas: key points that did not resolve', errors);
  return neuroLayers({ data: neuroData, dermatomes, nrtZones, keySites: sites, ears });
}
