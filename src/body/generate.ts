import type { BodyMeta } from '../schema/body';
import type { LandmarksFile } from '../schema/landmarks';
import { isWatertight, type TriMesh } from '../core/triMesh';
import { readBodyGlb } from '../mesh/readBodyGlb';
import { createSurface } from '../mesh/surface';
import { assembleBody, UNIT_FIT, type BodyFit } from './assemble';
import { placeEars } from './ears';
import { encodeBodyGlb } from './glb';
import { placeLandmarks } from './landmarks';
import { DEFAULT_RESOLUTION, meshLeftHalf, type MeshResolution } from './mesher';
import type { BodyParams } from './params';
import { taubinSmooth } from './smooth';
import { halfToWhole } from './symmetrize';

/** Skin triangle budget: 150k per body minus the two ears. */
export const SKIN_TRIANGLES = 96_000;

/** Everything `npm run models` writes for one body. */
export interface GeneratedBody {
  glb: Uint8Array;
  landmarks: LandmarksFile;
  meta: BodyMeta;
  skin: TriMesh;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Generates one body: field → half mesh → symmetric simplified skin → ears → GLB → landmarks. */
export async function generateBody(
  p: BodyParams,
  fit: BodyFit = UNIT_FIT,
  res: MeshResolution = DEFAULT_RESOLUTION,
): Promise<GeneratedBody> {
  const a = assembleBody(p, fit);
  const whole = taubinSmooth(halfToWhole(await meshLeftHalf(a, res), SKIN_TRIANGLES));
  const ears = placeEars(a.skeleton, createSurface(whole));
  const glb = await encodeBodyGlb([
    { name: 'skin', mesh: whole, color: [0.87, 0.72, 0.62] },
    { name: 'ear.L', mesh: ears.left, color: [0.87, 0.72, 0.62] },
    { name: 'ear.R', mesh: ears.right, color: [0.87, 0.72, 0.62] },
  ]);
  // landmarks are placed on the skin exactly as stored (decoded from the GLB)
  const stored = await readBodyGlb(glb);
  const skin = stored.skin;
  const lms = placeLandmarks(a.body.anchors, createSurface(skin), ears.anchors);
  const landmarks: LandmarksFile = {
    schemaVersion: 1,
    body: p.id,
    units: 'm',
    landmarks: Object.fromEntries(
      Object.entries(lms).map(([k, v]) => [k, [round6(v[0]), round6(v[1]), round6(v[2])]]),
    ),
  };
  const meta: BodyMeta = {
    schemaVersion: 1,
    id: p.id,
    sex: p.sex,
    stature: p.stature,
    vertices: skin.positions.length / 3,
    triangles: skin.indices.length / 3,
    watertight: isWatertight(skin),
    file: `models/body-${p.id}.glb`,
  };
  return { glb, landmarks, meta, skin };
}
