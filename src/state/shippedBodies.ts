import type { ShippedBody } from '../bodyImport/importSession';
import { loadLandmarks } from './bodyAssets';
import { decodeBodyFile } from './bodyDecode';
import { BODY_IDS, bodyUrl } from './bodyUrls';

/** The shipped bodies' skins and landmarks, for a calibration to transfer landmarks from. */
export async function shippedBodies(): Promise<ShippedBody[]> {
  const ids = BODY_IDS.filter((id) => bodyUrl(id));
  return Promise.all(
    ids.map(async (id) => {
      const [meshes, landmarks] = await Promise.all([decodeBodyFile(bodyUrl(id)!), loadLandmarks(id)]);
      const skin = meshes.find((m) => m.name === 'skin') ?? meshes[0];
      return { id, landmarks, skin: { positions: skin.positions, indices: skin.indices } };
    }),
  );
}
