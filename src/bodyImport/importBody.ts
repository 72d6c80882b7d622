import {
  applyOrientation,
  detectOrientation,
  openEdgeCount,
  type Orientation,
} from '../core/calibration/orient';
import type { MeshArrays } from '../core/surface';
import { readMeshFile, type RawMesh } from './readMeshFile';

/** A body mesh brought in by the user, in the body frame (contracts §1), with what the user should know about it. */
export interface ImportedBody {
  name: string;
  /** The skin: every part welded into one mesh, metres, +Y up, +Z front, on the floor. */
  skin: MeshArrays & { indices: Uint32Array };
  orientation: Orientation;
  stature: number;
  openEdges: number;
  /** Sentences for the user: an open mesh, an unknown unit, several parts. */
  warnings: string[];
}

/**
 * Imports a body file: reads and welds it (three's loaders), finds up, front and unit, and moves it into the body
 * frame. `override` replaces what was detected (the user's correction). The same path serves the app, the
 * export command and the tests.
 */
export async function importBody(
  name: string,
  bytes: Uint8Array,
  override: Partial<Orientation> = {},
): Promise<ImportedBody> {
  return orientBody(name, await readMeshFile(name, bytes), override);
}

/** A mesh already read, moved into the body frame by the detected orientation, or `override` where given. */
export function orientBody(name: string, raw: RawMesh, override: Partial<Orientation> = {}): ImportedBody {
  const orientation = { ...detectOrientation(raw.positions), ...override };
  const positions = applyOrientation(raw.positions, orientation);
  let top = 0;
  for (let i = 1; i < positions.length; i += 3) top = Math.max(top, positions[i]);
  const openEdges = openEdgeCount(raw.indices);
  const warnings: string[] = [];
  if (openEdges > 0)
    warnings.push(`The mesh is not closed (${openEdges} open edges): sites near a hole may sit on its rim.`);
  if (orientation.unit === 'unknown')
    warnings.push(`The file's unit is unclear; the body was scaled to ${top.toFixed(2)} m tall.`);
  if (raw.parts > 1) warnings.push(`${raw.parts} mesh parts were welded into one skin.`);
  return {
    name,
    skin: { positions, indices: raw.indices },
    orientation,
    stature: top,
    openEdges,
    warnings,
  };
}
