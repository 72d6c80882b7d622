import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importBody, type ImportedBody } from '../bodyImport/importBody';
import { installNodeDom } from '../bodyImport/nodeDom';
import { calibrate, type Calibration } from '../core/calibration/calibrate';
import { carryEars, referenceEarsOf, type CarriedEarLabels } from '../core/calibration/earCarry';
import { armLandmarks, missingKeyLandmarks } from '../core/calibration/transfer';
import type { Vec3 } from '../core/vec';
import { LandmarksFileSchema } from '../schema/landmarks';
import { createSurface } from '../mesh/surface';
import { listBodies, readBody, ROOT, type BodyFiles } from './bodyFiles';
import { earMapOf } from './exportNeuro';

/** A body brought from a file: imported, calibrated, ready for the engine like a shipped one. */
export interface UserBody {
  body: BodyFiles;
  imported: ImportedBody;
  calibration: Calibration;
  /** The auricular sites, carried from the reference body's ear map onto the new skin. */
  ears: Record<string, { position: Vec3; normal: Vec3 }>;
  /** The ear's parts and areas per skin vertex, carried the same way (indices into the reference's ear map). */
  earLabels: CarriedEarLabels;
}

/** Reads a key-landmark file (the shape of landmarks.json, contracts §3); throws a one-line message if it is not. */
export function readKeyLandmarks(path: string): Record<string, Vec3> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not a readable JSON file (${e instanceof Error ? e.message : String(e)})`, {
      cause: e,
    });
  }
  const parsed = LandmarksFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: not a landmarks file (${parsed.error.issues[0].message})`);
  return parsed.data.landmarks as Record<string, Vec3>;
}

/**
 * Imports a mesh file and calibrates it with a key-landmark file, through the same import and calibration the app
 * runs, against the shipped bodies in `root`.
 */
export async function readUserBody(meshPath: string, keyPath: string, root = ROOT): Promise<UserBody> {
  installNodeDom();
  const placed = readKeyLandmarks(keyPath);
  const missing = missingKeyLandmarks(placed);
  if (missing.length) throw new Error(`${keyPath}: key landmarks not placed: ${missing.join(', ')}`);
  const name = basename(meshPath);
  const imported = await importBody(name, new Uint8Array(readFileSync(meshPath)));
  const shipped = await Promise.all(listBodies(root).map((id) => readBody(id, root)));
  const calibration = calibrate(
    imported.skin,
    placed,
    shipped.map((b) => ({
      id: b.meta.id,
      landmarks: b.landmarks,
      arms: armLandmarks(b.meshes.skin, b.landmarks),
    })),
    createSurface(imported.skin),
  );
  const reference = shipped.find((b) => b.meta.id === calibration.source)!;
  const { meshes } = reference;
  const refEars = referenceEarsOf(earMapOf(reference), reference.landmarks, {
    L: meshes['ear.L'].positions,
    R: meshes['ear.R'].positions,
  });
  if (!refEars) throw new Error(`the ear map of body "${reference.meta.id}" does not fit its ears`);
  const { sites: ears, ...earLabels } = carryEars(
    calibration.surface,
    imported.skin.positions,
    placed,
    refEars,
  );
  const id =
    name
      .replace(/\.[a-z]+$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'user';
  const body: BodyFiles = {
    meta: {
      schemaVersion: 1,
      id,
      sex: reference.meta.sex,
      stature: Math.round(imported.stature * 1000) / 1000,
      vertices: imported.skin.positions.length / 3,
      triangles: imported.skin.indices.length / 3,
      watertight: imported.openEdges === 0,
      file: meshPath,
    },
    landmarks: calibration.landmarks,
    meshes: { skin: imported.skin },
  };
  return { body, imported, calibration, ears, earLabels };
}
