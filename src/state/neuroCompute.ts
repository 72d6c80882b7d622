import { cachedBodies } from 'virtual:atlas-cache';
import { neuroData } from 'virtual:validated/neuro';
import { decodeLabels } from '../core/labelCodec';
import { neuroSurface, type NeuroSurface } from '../core/neuroSurface';
import type { Vec3 } from '../core/vec';
import { createSurface } from '../mesh/surface';
import type { SkinGeometry } from './atlasTypes';
import { loadEarMap } from './earMapAssets';
import { rememberKeySites } from './keySites';
import type { Layer } from './layerTypes';
import { earInputsOfMap, earInputsOfUser } from './neuroEarParts';
import { neuroLayers } from './neuroLayers';
import type { UserNeuro } from './userNeuro';

/**
 * Starts fetching a body's neuro files (the build-time labels and the ear map) before its skin has loaded, when a
 * link turns a neuro layer on; computeNeuroLayers later shares those requests (or makes them again if they failed).
 */
export function preloadNeuroFiles(bodyId: string): void {
  cachedBodies[bodyId]?.neuro?.().catch(() => undefined);
  loadEarMap(bodyId).catch(() => undefined);
}

/** The labels and key points of a shipped body from the build-time cache; null for a body the build did not see. */
async function fromCache(bodyId: string, vertexCount: number): Promise<NeuroSurface | null> {
  const load = cachedBodies[bodyId]?.neuro;
  if (!load) return null;
  const c = await load();
  const dermatomes = Int8Array.from(decodeLabels(c.dermatomes));
  // a cache from another mesh than the one drawn would colour the wrong vertices: compute instead
  if (dermatomes.length !== vertexCount) return null;
  return { dermatomes, nrtZones: decodeLabels(c.nrtZones), keySites: c.keySites, errors: c.errors };
}

/**
 * The neuro layers of one body: every skin vertex labelled with its dermatome and NRT zone, the key points resolved
 * on the skin (from the build-time cache for a shipped body, from the user-body worker or computed here otherwise),
 * and the ear map read.
 */
export async function computeNeuroLayers(
  skin: SkinGeometry,
  landmarks: Record<string, Vec3>,
  bodyId: string,
  /** A user's body: the labels and key points the atlas loader's worker computes (userNeuro.ts). */
  computed?: Promise<UserNeuro>,
): Promise<Layer[]> {
  const [map, cached] = await Promise.all([
    loadEarMap(bodyId).catch(() => null),
    fromCache(bodyId, skin.positions.length / 3),
  ]);
  // a user's body: the atlas loader's worker labels it (computed here only if that failed)
  const fromWorker = cached ? null : await computed?.catch(() => null);
  const n =
    cached ??
    fromWorker ??
    neuroSurface(
      skin,
      landmarks,
      { keyPoints: neuroData.keyPoints, backZones: neuroData.nrt.backZones },
      createSurface(skin),
    );
  if (n.errors.length) console.warn('PointAtlas: key points that did not resolve', n.errors);
  rememberKeySites(skin, n.keySites);
  // a user's body has no ear map of its own: its ears are carried over by the worker (userAtlasCore.ts)
  const ears = fromWorker?.ears ? earInputsOfUser(fromWorker.ears) : map ? earInputsOfMap(map) : null;
  return neuroLayers({
    data: neuroData,
    dermatomes: n.dermatomes,
    nrtZones: n.nrtZones,
    keySites: n.keySites,
    ears,
  });
}
