import { writeFileSync } from 'node:fs';
import { encodeBodyGlb } from '../../src/body/glb';
import { readBody } from '../../src/cli/bodyFiles';
import type { Vec3 } from '../../src/core/vec';

/**
 * Writes the test scan of the e2e test and the screenshots: the shipped male skin through the project's own GLB
 * writer, in centimetres, turned so that its head is along +Z and its face along −Y (~0.45 MB). Returns the male's
 * landmarks and the lowest corner of its skin, from which a test finds where to click on the imported body.
 */
export async function writeScan(path: string): Promise<{ landmarks: Record<string, Vec3>; lowest: Vec3 }> {
  const male = await readBody('male');
  const P = male.meshes.skin.positions as Float32Array;
  const file = new Float32Array(P.length);
  const lowest: [number, number, number] = [Infinity, Infinity, Infinity];
  for (let i = 0; i < P.length; i += 3) {
    file[i] = P[i] * 100;
    file[i + 1] = -P[i + 2] * 100;
    file[i + 2] = P[i + 1] * 100;
    for (let k = 0; k < 3; k++) lowest[k] = Math.min(lowest[k], P[i + k]);
  }
  const indices = Uint32Array.from(male.meshes.skin.indices);
  writeFileSync(
    path,
    await encodeBodyGlb([{ name: 'skin', mesh: { positions: file, indices }, color: [1, 1, 1] }]),
  );
  return { landmarks: male.landmarks, lowest };
}
