import type { RootState } from '@react-three/fiber';
import * as THREE from 'three';
import { presetPose, VIEW_FOV } from '../core/cameraPresets';
import type { Vec3 } from '../core/vec';
import { findPoint } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { setViewCapturer, type CaptureRequest, type CapturedView } from '../state/workspace/viewCapture';
import { hiddenByBody } from './pickMarker';
import { useSceneStore } from './sceneStore';
import { nrtZoneSpots } from './nrtZoneSpots';

/**
 * Draws the bare body (every layer hidden) from the front or back preset into the canvas at the requested size and
 * reads it back as a PNG in the same task (the drawing buffer is still intact then), then restores the view. Plan
 * sites are projected with the same camera; a site the body hides from that side is left out.
 */
function capture(state: RootState, req: CaptureRequest): CapturedView | null {
  const { bounds, landmarks } = useAtlasStore.getState();
  const body = state.scene.getObjectByName('body');
  if (!bounds || !body) return null;
  const { gl, scene } = state;
  const camera = new THREE.PerspectiveCamera(VIEW_FOV, req.width / req.height, 0.01, 60);
  const pose = presetPose(req.view, landmarks ?? {}, bounds);
  camera.position.set(...pose.position);
  camera.lookAt(...pose.target);
  camera.updateMatrixWorld();

  const hidden = scene.children.filter((o) => o.visible && o !== body && !(o instanceof THREE.Light));
  hidden.forEach((o) => (o.visible = false));
  const size = gl.getSize(new THREE.Vector2());
  const ratio = gl.getPixelRatio();
  const clear = gl.getClearColor(new THREE.Color());
  const alpha = gl.getClearAlpha();
  let image: string;
  try {
    gl.setPixelRatio(1);
    gl.setSize(req.width, req.height, false);
    gl.setClearColor('#ffffff', 1);
    gl.render(scene, camera);
    image = gl.domElement.toDataURL('image/png');
  } finally {
    hidden.forEach((o) => (o.visible = true));
    gl.setClearColor(clear, alpha);
    gl.setPixelRatio(ratio);
    gl.setSize(size.x, size.y, false);
    state.invalidate();
  }

  const { layers } = useAtlasStore.getState();
  const skin = useSceneStore.getState().skinMesh;
  const marks: CapturedView['marks'] = [];
  let zoneSpots: Map<string, Vec3> | undefined; // computed once, when the plan has a zone
  for (const item of req.items) {
    for (const siteId of item.siteIds) {
      const p = findPoint(layers, siteId);
      zoneSpots ??= siteId.startsWith('NRT-')
        ? nrtZoneSpots(layers, useSceneStore.getState().model)
        : undefined;
      // an ear zone is marked on that side's ear; a back zone has one spot, whatever side the item names
      const position = p?.position ?? zoneSpots?.get(siteId) ?? zoneSpots?.get(siteId.replace(/\.[LR]$/, ''));
      if (!position) continue;
      // a zone's spot is tested like a marker: the skin between it and the eye hides it (a back zone from the front)
      const site = p ?? {
        id: siteId,
        code: item.code,
        group: '',
        side: 'M' as const,
        position,
        normal: [0, 0, 1] as Vec3,
        name: '',
      };
      if (hiddenByBody(site, camera, skin)) continue;
      const v = new THREE.Vector3(...position).project(camera);
      if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1) continue;
      marks.push({
        n: item.n,
        code: item.code,
        siteId,
        x: ((v.x + 1) / 2) * req.width,
        y: ((1 - v.y) / 2) * req.height,
      });
    }
  }
  return { view: req.view, image, width: req.width, height: req.height, marks };
}

/** Lets the print view capture the body (state/workspace/viewCapture.ts). */
export function exposeViewCapture(state: RootState): void {
  setViewCapturer((req) => capture(state, req));
}
