import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { computeBoundsTree } from 'three-mesh-bvh';
import { useAtlasStore } from '../state/store';
import { pickForPlan } from '../state/workspace';
import { useZoneHover } from '../state/zoneHover';
import { useSceneStore } from './sceneStore';
import { probeZones, zoneText } from './zoneProbe';
import { useCanvasPointer } from './useCanvasPointer';

const ndc = new THREE.Vector2();

const withBvh = (m: THREE.Mesh) => {
  if (!m.geometry.boundsTree) computeBoundsTree.call(m.geometry);
};

/**
 * Hover and click on zones (dermatomes, ear parts and areas, NRT zones): hovering names what is under the pointer,
 * a click (not a drag, and not on a marker) selects a selectable zone like a point.
 */
export function ZonePicking() {
  const { camera, gl } = useThree();
  const model = useSceneStore((s) => s.model);
  const parts = useMemo(
    () =>
      (model?.parts ?? []).map((g, i) => {
        const m = new THREE.Mesh(g);
        m.name = model!.partNames[i];
        return m;
      }),
    [model],
  );
  // the parts' BVHs (ears: ~50k triangles) are built after the first frame, not before it; a probe before then
  // builds them itself
  const frameReady = useAtlasStore((s) => s.frameReady);
  useEffect(() => {
    if (!frameReady) return;
    const t = setTimeout(() => parts.forEach(withBvh), 0);
    return () => clearTimeout(t);
  }, [frameReady, parts]);
  const el = gl.domElement;
  const probe = (e: PointerEvent) => {
    const r = el.getBoundingClientRect();
    ndc.set(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1);
    const skin = useSceneStore.getState().skinMesh;
    parts.forEach(withBvh);
    return probeZones(useAtlasStore.getState(), camera, ndc, skin ? [skin, ...parts] : parts);
  };
  useCanvasPointer(el, {
    hover: (e) => {
      const hits = probe(e);
      const text = useAtlasStore.getState().hovered ? null : zoneText(hits);
      useZoneHover.setState({ text, x: e.clientX, y: e.clientY });
    },
    click: (e) => {
      if (useAtlasStore.getState().hovered) return; // the marker under the pointer takes the click
      const hit = probe(e).find((h) => h.zones.selectable?.[h.zones.labels[h.label]]);
      if (!hit) return;
      const code = hit.zones.selectable![hit.zones.labels[hit.label]];
      const side = hit.mesh === 'skin' ? (hit.point.x >= 0 ? 'L' : 'R') : hit.mesh.endsWith('R') ? 'R' : 'L';
      if (!pickForPlan({ code, side })) useAtlasStore.getState().select({ code, side });
    },
    leave: () => useZoneHover.setState({ text: null }),
  });
  return null;
}
