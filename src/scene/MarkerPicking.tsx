import { useThree } from '@react-three/fiber';
import { selectionOfSiteId } from '../state/atlasTypes';
import { useAtlasStore } from '../state/store';
import { pickForPlan } from '../state/workspace';
import { pickMarker } from './pickMarker';
import { useSceneStore } from './sceneStore';
import { useCanvasPointer } from './useCanvasPointer';
import { useVisibleMarkers } from './useVisibleMarkers';

const PICK_RADIUS_PX = 9;

/** Hover and click on markers: hover shows code and name, a click (not a drag) selects the point (or, in pick mode, adds it to the open plan). */
export function MarkerPicking() {
  const { camera, gl, size } = useThree();
  const markers = useVisibleMarkers();
  const el = gl.domElement;
  const pick = (e: PointerEvent) => {
    const r = el.getBoundingClientRect();
    return pickMarker(
      markers.map((m) => m.point),
      camera,
      size,
      { x: e.clientX - r.left, y: e.clientY - r.top },
      PICK_RADIUS_PX,
      useSceneStore.getState().skinMesh,
    );
  };
  useCanvasPointer(el, {
    hover: (e) => {
      const p = pick(e);
      useAtlasStore.getState().setHovered(p ? p.id : null);
      if (e.target instanceof HTMLElement) e.target.style.cursor = p ? 'pointer' : '';
    },
    click: (e) => {
      const p = pick(e);
      if (!p) return;
      // while a plan is open in pick mode the click adds the marker to it instead of selecting it
      if (!pickForPlan(selectionOfSiteId(p.id))) useAtlasStore.getState().select(selectionOfSiteId(p.id));
    },
    leave: () => useAtlasStore.getState().setHovered(null),
  });
  return null;
}
