import type { Side } from '../schema/common';
import type { DermatomeKeyPoint } from '../schema/dermatomeKeyPoint';
import type { Recipe } from '../schema/recipe';
import { createResolver } from './atlas';
import { resolveRecipe } from './resolveRecipe';
import type { SiteLocation } from './sites';
import type { Surface } from './surface';
import type { Vec3 } from './vec';

/** A site of a recipe-placed item (key point, zone anchor) on one side. */
export interface ItemSite extends SiteLocation {
  id: string;
  code: string;
  side: Side;
}

/** Resolves recipes of items that are not channel points (they may still name channel points); errors collected. */
export function resolveItemRecipes(
  surface: Surface,
  landmarks: Record<string, Vec3>,
  items: readonly { code: string; laterality: 'bilateral' | 'midline'; recipe: Recipe }[],
): { sites: ItemSite[]; errors: string[] } {
  const { ctx } = createResolver(surface, landmarks, []);
  const sites: ItemSite[] = [];
  const errors: string[] = [];
  for (const item of items) {
    const sides: Side[] = item.laterality === 'bilateral' ? ['L', 'R'] : ['M'];
    for (const side of sides) {
      const id = side === 'M' ? item.code : `${item.code}.${side}`;
      try {
        sites.push({ id, code: item.code, side, ...resolveRecipe(item.recipe, side, ctx) });
      } catch (e) {
        errors.push(`${id}: ${(e as Error).message}`);
      }
    }
  }
  return { sites, errors };
}

/** The ISNCSCI key sensory points on a body. */
export const resolveKeyPoints = (
  surface: Surface,
  landmarks: Record<string, Vec3>,
  keyPoints: readonly DermatomeKeyPoint[],
) => resolveItemRecipes(surface, landmarks, keyPoints);
