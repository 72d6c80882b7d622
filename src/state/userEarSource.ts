import { referenceEarsOf } from '../core/calibration/earCarry';
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
  const mesh = (side: 'L' | 'R') => meshes.find((m) => m.name === `ear.${side}`)?.positions;
  const [L, R] = [mesh('L'), mesh('R')];
  const ears = map && L && R && referenceEarsOf(map, landmarks, { L, R });
  if (!map || !ears) return null;
  return {
    ...ears,
    source: profile.reference,
    placed: profile.placed,
    regions: map.regions,
    areas: map.areas,
  };
}
