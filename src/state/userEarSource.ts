import { decodeLabels } from '../core/labelCodec';
import { loadLandmarks } from './bodyAssets';
import { decodeBodyFile } from './bodyDecode';
import { bodyUrl } from './bodyUrls';
import { deviceRecords } from './deviceRecords';
import { loadEarMap } from './earMapAssets';
import { recordIdOf } from './userBodyIds';
import type { UserEarInput } from './userAtlasTypes';

/**
 * What a user's body's ear layers are carried from: the key landmarks placed on it (its profile) and the ears of
 * the shipped body its landmarks came from (that body's landmarks, ear meshes and ear map). Null when any of them
 * is missing (the ear layers then say they are not available on this body); a failed load is one thrown sentence.
 */
export async function userEarInput(bodyId: string): Promise<UserEarInput | null> {
  const store = await deviceRecords();
  const profile = await store.get('bodyProfile', recordIdOf(bodyId));
  const url = profile && bodyUrl(profile.reference);
  if (!profile || !url) return null;
  const [landmarks, map, meshes] = await Promise.all([
    loadLandmarks(profile.reference),
    loadEarMap(profile.reference),
    decodeBodyFile(url),
  ]);
  if (!map) return null;
  const ears = (['L', 'R'] as const).map((side) => {
    const mesh = meshes.find((m) => m.name === `ear.${side}`);
    const labels = map.sides[side];
    return (
      mesh && {
        positions: mesh.positions,
        region: Int16Array.from(decodeLabels(labels.region)),
        area: Int16Array.from(decodeLabels(labels.area)),
      }
    );
  });
  if (!ears[0] || !ears[1] || ears.some((e) => e!.region.length !== e!.positions.length / 3)) return null;
  return {
    source: profile.reference,
    landmarks,
    placed: profile.placed,
    meshes: [ears[0], ears[1]],
    sites: map.sites,
    regions: map.regions,
    areas: map.areas,
  };
}
