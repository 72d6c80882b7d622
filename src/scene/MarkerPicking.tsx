import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { selectionOfSiteId } from '../state/atlasTypes';
import { useAtlasStore } from '../state/store';
import { pickMarker } from './pickMarker';
import { useSceneStore } from './sceneStore';
import { useVisibleMarkers } from './useVisibleMarkers';

const PICK_RADIUS_PX = 9;

/** Hover and click on markers: hover shows code and name, a click (not a drag) selects the point. */
export function MarkerPicking() {
  const { camera, gl, size } = useThree();
  const markers = useVisibleMarkers();
  const points = useRef(markers.map((m) => m.point));
  const sizeRef = useRef(size);
  useEffect(() => {
    points.current = markers.map((m) => m.point);
    sizeRef.current = size;
  }, [markers, size]);

  useEffect(() => {
    const el = gl.domElement;
    let down: { x: number; y: number } | null = null;
    let frame = 0;
    const at = (e: PointerEvent) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const pick = (e: PointerEvent) =>
      pickMarker(
        points.current,
        camera,
        sizeRef.current,
        at(e),
        PICK_RADIUS_PX,
        useSceneStore.getState().skinMesh,
      );
    const onMove = (e: PointerEvent) => {
      if (down || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const p = pick(e);
        const store = useAtlasStore.getState();
        store.setHovered(p ? p.id : null);
        el.style.cursor = p ? 'pointer' : '';
      });
    };
    const onDown = (e: PointerEvent) => (down = at(e));
    const onUp = (e: PointerEvent) => {
      const start = down;
      down = null;
      if (!start || e.button !== 0) return;
      const end = at(e);
      if (Math.hypot(end.x - start.x, end.y - start.y) > 4) return; // a drag, not a click
      const p = pick(e);
      if (p) useAtlasStore.getState().select(selectionOfSiteId(p.id));
    };
    const onLeave = () => useAtlasStore.getState().setHovered(null);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointerleave', onLeave);
    };
  }, [camera, gl]);
  return null;
}
