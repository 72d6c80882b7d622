import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBodyGlb } from '../mesh/readBodyGlb';
import type { MeshArrays } from '../core/surface';
import type { Vec3 } from '../core/vec';
import { BodyMetaSchema, type BodyMeta } from '../schema/body';
import { LandmarksFileSchema } from '../schema/landmarks';

/** The project root (where package.json is), so commands work from any folder. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Ids of the bodies the project ships (models/body-<id>.json); `root` is the project folder. */
export function listBodies(root = ROOT): string[] {
  const models = join(root, 'models');
  if (!existsSync(models)) return [];
  return readdirSync(models)
    .map((f) => /^body-([a-z0-9-]+)\.json$/.exec(f)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort();
}

/** The body used when none is named. */
export const DEFAULT_BODY = 'female';

/** A shipped body read from models/: its metadata, landmarks and the skin (and ear) meshes. */
export interface BodyFiles {
  meta: BodyMeta;
  landmarks: Record<string, Vec3>;
  /** Meshes by glTF mesh name (`skin`, `ear.L`, `ear.R`), positions in the body frame. */
  meshes: Record<string, MeshArrays>;
}

/** Reads a body; throws an Error with a one-line message if it is unknown or its files are broken. */
export async function readBody(id: string, root = ROOT): Promise<BodyFiles> {
  const known = listBodies(root);
  if (!known.includes(id)) {
    throw new Error(`unknown body "${id}" (known: ${known.join(', ') || 'none — run npm run models'})`);
  }
  const models = join(root, 'models');
  const meta = BodyMetaSchema.parse(JSON.parse(readFileSync(join(models, `body-${id}.json`), 'utf8')));
  const lm = LandmarksFileSchema.parse(
    JSON.parse(readFileSync(join(models, `body-${id}.landmarks.json`), 'utf8')),
  );
  let meshes: Record<string, MeshArrays>;
  try {
    meshes = await readBodyGlb(readFileSync(join(root, meta.file)));
  } catch (e) {
    throw new Error(`${meta.file}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return { meta, landmarks: lm.landmarks as Record<string, Vec3>, meshes };
}
