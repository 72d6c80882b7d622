import { newTourId } from '../../core/tours/tourEdits';
import type { TourScene } from '../../schema/records/tour';
import { selectionOfSiteId, siteIdOf } from '../atlasTypes';
import { isLayerOn } from '../selectors';
import type { AtlasState } from '../store';
import { isViewPreset } from '../viewTypes';

const round = (v: number) => Math.round(v * 10000) / 10000;

/**
 * A scene of what is on screen now: body, camera (the settled pose, and the preset view when one is shown), layers
 * on, groups off, the selected site. Highlights and callouts start empty; the editor adds them.
 */
export function captureScene(s: AtlasState): TourScene {
  const loaded = s.layers.filter((l) => isLayerOn(s, l)).map((l) => l.id);
  const pending = Object.keys(s.layerOn).filter((id) => s.layerOn[id] && !s.layers.some((l) => l.id === id));
  return {
    id: newTourId(),
    body: s.bodyId,
    camera: s.pose
      ? { position: s.pose.position.map(round) as never, target: s.pose.target.map(round) as never }
      : undefined,
    view: s.view ?? undefined,
    layers: [...new Set([...loaded, ...pending])],
    hidden: Object.keys(s.groupOff),
    highlights: [],
    selected: s.selection ? siteIdOf(s.selection) : undefined,
    callouts: [],
    caption: '',
    sources: [],
  };
}

/**
 * The store change that puts a scene on screen: the same body, layers, groups, selection and camera. The camera
 * flies there (or cuts, `instant`); a captured pose wins over a preset view, which wins over focusing the selection.
 */
export function scenePatch(s: AtlasState, scene: TourScene, instant: boolean): Partial<AtlasState> {
  const selection = scene.selected ? selectionOfSiteId(scene.selected) : null;
  const serial = s.camera.serial + 1;
  const view = !scene.camera && scene.view && isViewPreset(scene.view) ? scene.view : null;
  return {
    ...(s.bodyId !== scene.body ? { bodyId: scene.body, bodyStatus: 'idle' as const, hovered: null } : {}),
    layerOn: Object.fromEntries([
      ...s.layers.map((l) => [l.id, false] as const),
      ...scene.layers.map((id) => [id, true] as const),
    ]),
    layerListed: true,
    groupOff: Object.fromEntries(scene.hidden.map((k) => [k, true])),
    selection,
    showAlternative: false,
    view,
    // no settled pose until the camera has arrived (the rig sets it at the end of the flight)
    pose: null,
    camera: scene.camera
      ? { pose: scene.camera, instant, serial }
      : view
        ? { preset: view, instant, serial }
        : selection
          ? { focusSite: siteIdOf(selection), instant, serial }
          : { preset: 'front', instant, serial },
  };
}
