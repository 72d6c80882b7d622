import { NEURO_LAYER_IDS } from './neuroLayers';
import { isLayerOn } from './selectors';
import type { AtlasState } from './store';
import type { UrlState } from './urlState';
import { isUserBodyId } from './userBodyIds';

/**
 * The URL state of the store: what a copied link must reproduce. A dermatome, ear or NRT layer that is switched on
 * but whose data has not arrived (or failed and may be retried) stays in the link: it is still the user's choice.
 */
export function urlStateOf(s: AtlasState, defaultBody: string): UrlState {
  const loaded = new Set(s.layers.map((l) => l.id));
  const pending = NEURO_LAYER_IDS.filter((id) => s.layerOn[id] === true && !loaded.has(id));
  const onLayers = [...s.layers.filter((l) => isLayerOn(s, l)).map((l) => l.id), ...pending];
  const changed =
    s.layerListed || pending.length > 0 || s.layers.some((l) => isLayerOn(s, l) !== l.defaultOn);
  return {
    // a user's own body stays out of links: it is on this device only
    body: s.bodyId !== defaultBody && !isUserBodyId(s.bodyId) ? s.bodyId : undefined,
    layers:
      s.layers.length === 0
        ? s.layerListed
          ? Object.keys(s.layerOn).filter((k) => s.layerOn[k])
          : undefined
        : changed
          ? onLayers
          : undefined,
    hidden: Object.keys(s.groupOff),
    selection: s.selection ?? undefined,
    alternative: s.showAlternative || undefined,
    view: s.view ?? undefined,
    pose: s.view ? undefined : (s.pose ?? undefined),
  };
}
