import type { Calibration } from '../core/calibration/calibrate';
import type { BodyProfileFields } from '../schema/records/bodyProfile';
import type { Vec3 } from '../core/vec';
import { importBody, type ImportedBody } from './importBody';
import { BodyFileError } from './readMeshFile';

/** The SHA-256 of a file's bytes, in hex: what ties a body profile to its mesh file. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const round = (p: readonly number[]) => p.map((v) => Math.round(v * 1e5) / 1e5) as [number, number, number];
const rounded = (lm: Record<string, Vec3>) =>
  Object.fromEntries(Object.entries(lm).map(([k, v]) => [k, round(v)]));

/** The body profile of an imported, calibrated body (landmarks to 0.01 mm), ready for the record store. */
export async function bodyProfileOf(
  name: string,
  bytes: Uint8Array,
  imported: ImportedBody,
  calibration: Pick<Calibration, 'source' | 'landmarks' | 'placed'>,
): Promise<BodyProfileFields> {
  const { up, front, scale } = imported.orientation;
  return {
    kind: 'bodyProfile',
    schemaVersion: 1,
    name,
    mesh: { file: imported.name, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) },
    orientation: { up: [...up], front: [...front], scale },
    reference: calibration.source,
    placed: rounded(Object.fromEntries(calibration.placed.map((n) => [n, calibration.landmarks[n]]))),
    landmarks: rounded(calibration.landmarks),
  };
}

/** Throws one sentence (BodyFileError) unless `bytes` are the mesh file the profile was made on (its SHA-256). */
export async function checkProfileFile(profile: BodyProfileFields, bytes: Uint8Array): Promise<void> {
  if ((await sha256Hex(bytes)) !== profile.mesh.sha256)
    throw new BodyFileError(
      `This file is not the one the profile “${profile.name}” was made on (${profile.mesh.file}, ${profile.mesh.bytes} bytes).`,
    );
}

/**
 * Opens a body profile on its mesh file: checks that the file is the one the profile was made on (its SHA-256),
 * imports it the way the profile says, and gives the skin with the profile's landmarks.
 */
export async function openBodyProfile(
  profile: BodyProfileFields,
  bytes: Uint8Array,
): Promise<{ body: ImportedBody; landmarks: Record<string, Vec3> }> {
  await checkProfileFile(profile, bytes);
  const { up, front, scale } = profile.orientation;
  const body = await importBody(profile.mesh.file, bytes, { up, front, scale });
  return { body, landmarks: profile.landmarks as Record<string, Vec3> };
}
