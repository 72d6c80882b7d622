import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
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
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(join(root, meta.file));
  const meshes: Record<string, MeshArrays> = {};
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const prim = mesh.listPrimitives()[0];
    const pos = prim.getAttribute('POSITION')!;
    const matrix = node.getWorldMatrix();
    const positions = new Float32Array(pos.getCount() * 3);
    const v: number[] = [0, 0, 0];
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, v);
      for (let k = 0; k < 3; k++) {
        positions[i * 3 + k] =
          matrix[k] * v[0] + matrix[4 + k] * v[1] + matrix[8 + k] * v[2] + matrix[12 + k];
      }
    }
    const index = prim.getIndices()!;
    meshes[mesh.getName() || node.getName()] = { positions, indices: Uint32Array.from(index.getArray()!) };
  }
  return { meta, landmarks: lm.landmarks as Record<string, Vec3>, meshes };
}
