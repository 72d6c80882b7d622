import type { Vec3 } from '../core/vec';
import type { SkinGeometry } from './atlasTypes';
import type { Layer } from './layerTypes';
import { NEURO_LAYER_IDS } from './neuroLayers';
import { useAtlasStore, type AtlasState } from './store';
import { userNeuroSurfaces } from './userNeuro';

const cache = new WeakMap<SkinGeometry, Promise<Layer[]>>();
/** Skins whose neuro layers failed (reported): not tried again until Retry (retryNeuro). */
const failed = new WeakSet<SkinGeometry>();

/**
 * The neuro layers of a body, computed once per loaded skin (labelling every vertex takes a few hundred ms); a
 * failure is forgotten, so Retry computes them again.
 */
function layersFor(skin: SkinGeometry, landmarks: Record<string, Vec3>, bodyId: string): Promise<Layer[]> {
  let hit = cache.get(skin);
  if (!hit) {
    hit = import('./neuroCompute').then((m) =>
      m.computeNeuroLayers(skin, landmarks, bodyId, userNeuroSurfaces.get(skin)),
    );
    hit.catch(() => cache.delete(skin));
    cache.set(skin, hit);
  }
  return hit;
}

/** A link turned one of the neuro layers on: the first frame then waits for them. */
export const neuroWanted = (s: Pick<AtlasState, 'layerOn'>): boolean =>
  NEURO_LAYER_IDS.some((id) => s.layerOn[id] === true);
export const hasNeuro = (layers: readonly Layer[]) => layers.some((l) => l.id === NEURO_LAYER_IDS[0]);
// when a link asked for them they are computed as soon as the body is there, next to the atlas (whose layers, when
// they land, replace the list: the sync below then adds these again from the cache). On a body switch or Retry the
// status leaves 'ready' at once, before the old skin is cleared.
const ready = (s: AtlasState) =>
  s.skin &&
  s.landmarks &&
  s.bodyStatus === 'ready' &&
  (neuroWanted(s) || (s.frameReady && s.atlasStatus === 'ready'));

/** A link turns a neuro layer on: fetch their code and files now, while the body loads. */
export function preloadNeuro(bodyId: string, layerIds: readonly string[] | undefined): void {
  if (!layerIds?.some((id) => NEURO_LAYER_IDS.includes(id))) return;
  import('./neuroCompute').then((m) => m.preloadNeuroFiles(bodyId)).catch(() => undefined); // a failure is reported when the layers are computed
}

/** Adds the neuro layers of the body shown when they are due and missing (see startNeuroLoader). */
function sync(s: AtlasState): void {
  // a failure belongs to its skin: once that skin is gone (body switch, reload) so is the error and its Retry box
  if (s.neuroStatus === 'error' && !(s.skin && failed.has(s.skin))) {
    useAtlasStore.setState({ neuroStatus: 'idle' });
    return; // the change runs sync again
  }
  if (!ready(s) || hasNeuro(s.layers) || failed.has(s.skin!)) return;
  const skin = s.skin!;
  if (s.neuroStatus !== 'loading') useAtlasStore.setState({ neuroStatus: 'loading' });
  layersFor(skin, s.landmarks!, s.bodyId)
    .then((mine) => {
      const now = useAtlasStore.getState();
      if (now.skin !== skin || hasNeuro(now.layers)) return;
      const others = now.layers.filter((l) => !NEURO_LAYER_IDS.includes(l.id));
      useAtlasStore.setState({ layers: [...others, ...mine], neuroStatus: 'ready' });
      performance.mark('pointatlas:neuro');
    })
    .catch((e: unknown) => {
      // reported once per skin (sync may have asked more than once); another body by now loads its own
      if (failed.has(skin) || useAtlasStore.getState().skin !== skin) return;
      failed.add(skin);
      const why = e instanceof Error ? e.message : String(e);
      useAtlasStore.setState({ neuroStatus: 'error' });
      useAtlasStore.getState().notify(`The dermatome, ear and NRT layers could not be computed: ${why}`);
    });
}

/**
 * Adds the dermatome, ear and NRT layers once the body and the atlas have drawn their first frame (so they do not
 * delay it), or as soon as the skin is there when a link turned one of them on (the first frame then includes them),
 * and again whenever the atlas loader replaces the layers. After a failure they wait for Retry (retryNeuro) or
 * another body. Returns the unsubscribe.
 */
export function startNeuroLoader(): () => void {
  sync(useAtlasStore.getState());
  return useAtlasStore.subscribe((s) => sync(s));
}

/** Retry after the neuro layers failed: loads their files and computes them again for the body shown. */
export function retryNeuro(): void {
  const s = useAtlasStore.getState();
  if (s.skin) failed.delete(s.skin);
  sync(s);
}
