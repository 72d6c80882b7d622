import type { Surface } from '../../core/surface';
import type { Vec3 } from '../../core/vec';
import type { SkinGeometry } from '../../state/atlasTypes';
import { useAtlasStore } from '../../state/store';

let built: { skin: SkinGeometry; surface: Promise<Surface> } | null = null;

/** The skin as the engine reads it, built once per body when study first needs it (for distances over the skin). */
export function studySurface(): Promise<Surface> | undefined {
  const skin = useAtlasStore.getState().skin;
  if (!skin) return undefined;
  if (built?.skin !== skin)
    built = { skin, surface: import('../../mesh/surface').then((m) => m.createSurface(skin)) };
  return built.surface;
}

/** The distance over the skin between two points of it, as the engine walks B-cun; undefined before a body loads. */
export async function overSkin(): Promise<((a: Vec3, b: Vec3) => number) | undefined> {
  const surface = studySurface();
  if (!surface) return undefined;
  const [s, { walkTo }] = await Promise.all([surface, import('../../core/skinWalk')]);
  return (a, b) => walkTo(s, a, b).length;
}
