import { writeFileSync } from 'node:fs';
import { encodeBodyGlb } from '../../src/body/glb';
import { readBody } from '../../src/cli/bodyFiles';
import type { MeshArrays } from '../../src/core/surface';
import type { Vec3 } from '../../src/core/vec';

/** The lowest corner of a skin's bounding box (where a test's clicks are measured from after the import). */
export function lowestCorner(positions: Float32Array): Vec3 {
  const m = [Infinity, Infinity, Infinity];
  for (let i = 0; i < positions.length; i++) m[i % 3] = Math.min(m[i % 3], positions[i]);
  return [m[0], m[1], m[2]];
}

/**
 * Writes a body-frame skin (metres, +Y up, +Z front) as a GLB a user could bring: the app's import finds the same
 * frame again. For benchmarks and screenshots of bodies other than the test scan.
 */
export async function writeSkinGlb(
  path: string,
  skin: MeshArrays,
): Promise<{ lowest: Vec3; triangles: number }> {
  const indices = Uint32Array.from(skin.indices);
  writeFileSync(
    path,
    await encodeBodyGlb([{ name: 'skin', mesh: { positions: skin.positions, indices }, color: [1, 1, 1] }]),
  );
  return { lowest: lowestCorner(skin.positions), triangles: indices.length / 3 };
}

/**
 * Writes the test scan of the e2e test and the screenshots: the shipped male skin through the project's own GLB
 * writer, in centimetres, turned so that its head is along +Z and its face along −Y (~0.45 MB). Returns the male's
 * landmarks and the lowest corner of its skin, from which a test finds where to click on the imported body.
 */
export async function writeScan(path: string): Promise<{ landmarks: Record<string, Vec3>; lowest: Vec3 }> {
  const male = await readBody('male');
  const P = male.meshes.skin.positions as Float32Array;
  const file = new Float32Array(P.length);
  for (let i = 0; i < P.length; i += 3) {
    file[i] = P[i] * 100;
    file[i + 1] = -P[i + 2] * 100;
    file[i + 2] = P[i + 1] * 100;
  }
  const indices = Uint32Array.from(male.meshes.skin.indices);
  writeFileSync(
    path,
    await encodeBodyGlb([{ name: 'skin', mesh: { positions: file, indices }, color: [1, 1, 1] }]),
  );
  return { landmarks: male.landmarks, lowest: lowestCorner(P) };
}
