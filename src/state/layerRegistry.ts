import { acupunctureLayers } from './acupunctureLayers';
import type { AtlasData, ResolvedAtlas, SkinGeometry } from './atlasTypes';
import type { Layer } from './layerTypes';
import type { Vec3 } from '../core/vec';

/** What a layer builder gets: the data, the resolved sites and lines, and the body. */
export interface LayerContext {
  data: AtlasData;
  resolved: ResolvedAtlas;
  skin: SkinGeometry;
  landmarks: Record<string, Vec3>;
}

/** A source of layers. Later layers (dermatomes, NRT zones, nerve sites, ear points) add a builder here. */
export type LayerBuilder = (ctx: LayerContext) => Layer[];

export const LAYER_BUILDERS: LayerBuilder[] = [(ctx) => acupunctureLayers(ctx.data, ctx.resolved)];

/** Every layer of the atlas on one body; a builder that throws is reported and skipped, the rest still show. */
export function buildLayers(ctx: LayerContext): { layers: Layer[]; errors: string[] } {
  const layers: Layer[] = [];
  const errors: string[] = [];
  for (const build of LAYER_BUILDERS) {
    try {
      layers.push(...build(ctx));
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { layers, errors };
}
