import type { Vec3 } from '../core/vec';
import type { SkinGeometry } from './atlasTypes';
import type { Layer } from './layerTypes';
import { NEURO_LAYER_IDS } from './neuroLayers';
import { useAtlasStore, type AtlasState } from './store';

const cache = new WeakMap<SkinGeometry, Promise<Layer[]>>();

/** The neuro layers of a body, computed once per loaded skin (labelling every vertex takes a few hundred ms). */
function layersFor(skin: SkinGeometry, landmarks: Record<string, Vec3>, bodyId: string): Promise<Layer[]> {
  let hit = cache.get(skin);
  if (!hit) {
    hit = import('./neuroCompute').then((m) => m.computeNeuroLayers(skin, landmarks, bodyId));
    cache.set(skin, hit);
  }
  return hit;
}

const ready = (s: AtlasState) => s.skin && s.landmarks && s.frameReady && s.atlasStatus === 'ready';
const hasNeuro = (layers: readonly Layer[]) => layers.some((l) => l.id === NEURO_LAYER_IDS[0]);

/**
 * Adds the dermatome, ear and NRT layers once the body and the atlas have drawn their first frame (so they never
 * delay it), and again whenever the atlas loader replaces the layers. Returns the unsubscribe.
 */
export function startNeuroLoader(): () => void {
  const sync = (s: AtlasState) => {
    if (!ready(s) || hasNeuro(s.layers)) return;
    const skin = s.skin!;
    layersFor(skin, s.landmarks!, s.bodyId)
      .then((mine) => {
        const now = useAtlasStore.getState();
        if (now.skin !== skin || hasNeuro(now.layers)) return;
        const others = now.layers.filter((l) => !NEURO_LAYER_IDS.includes(l.id));
        useAtlasStore.setState({ layers: [...others, ...mine] });
      })
      .catch((e: unknown) => {
        const why = e instanceof Error ? e.message : String(e);
        useAtlasStore.getState().notify(`The dermatome, ear and NRT layers could not be computed: ${why}`);
      });
  };
  sync(useAtlasStore.getState());
  return useAtlasStore.subscribe((s) => sync(s));
}
