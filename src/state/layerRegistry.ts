import { acupunctureLayers, type LayerInfo } from './acupunctureLayers';
import type { ResolvedAtlas } from './atlasTypes';
import { expertSpreadLayers } from './expertSpreadLayer';
import type { Layer } from './layerTypes';
import { nptLayers } from './nptLayer';

/** What a layer builder gets: what it needs of the data, and the sites and lines resolved on the body. */
export interface LayerContext {
  info: LayerInfo;
  resolved: ResolvedAtlas;
}

/** A source of layers. Later layers (dermatomes, NRT zones, nerve sites, ear points) add a builder here. */
export type LayerBuilder = (ctx: LayerContext) => Layer[];

export const LAYER_BUILDERS: LayerBuilder[] = [
  (ctx) => acupunctureLayers(ctx.info, ctx.resolved),
  (ctx) => nptLayers(ctx.resolved),
  (ctx) => expertSpreadLayers(ctx.info, ctx.resolved),
];

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
