import { useEffect, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { Vec3 } from '../core/vec';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';

/** Double-click on the body: fly so that the spot under the cursor becomes the centre of orbit, a little closer. */
export function useDoubleClickFocus(controls: RefObject<OrbitControls | null>): void {
  const { camera, gl } = useThree();
  useEffect(() => {
    const el = gl.domElement;
    const ray = new THREE.Raycaster();
    const onDbl = (e: MouseEvent) => {
      const skin = useSceneStore.getState().skinMesh;
      const c = controls.current;
      if (!skin || !c) return;
      const r = el.getBoundingClientRect();
      const ndc = new THREE.Vector2(
        ((e.clientX - r.left) / r.width) * 2 - 1,
        -((e.clientY - r.top) / r.height) * 2 + 1,
      );
      ray.setFromCamera(ndc, camera);
      ray.firstHitOnly = true;
      const hit = ray.intersectObject(skin, false)[0];
      if (!hit) return;
      const offset = camera.position.clone().sub(c.target);
      const dist = Math.max(0.15, Math.min(offset.length() * 0.6, 1.2));
      const position = hit.point.clone().addScaledVector(offset.normalize(), dist);
      useAtlasStore
        .getState()
        .flyTo({ target: hit.point.toArray() as Vec3, position: position.toArray() as Vec3 });
    };
    el.addEventListener('dblclick', onDbl);
    return () => el.removeEventListener('dblclick', onDbl);
  }, [camera, gl, controls]);
}
