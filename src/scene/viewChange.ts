import type * as THREE from 'three';

/**
 * Tells whether the view (camera pose, projection, canvas size) changed since the last call that returned true, so
 * per-frame work that only depends on the view (label layout, occlusion rays, DOM writes) runs when it moved.
 * `force()` makes the next call return true (the labelled things changed).
 */
export function viewWatcher() {
  let last: number[] = [];
  let dirty = true;
  return {
    force: () => {
      dirty = true;
    },
    changed: (camera: THREE.Camera, size: { width: number; height: number }): boolean => {
      camera.updateMatrixWorld(); // the pose set this frame, not the one the last render saw
      const now = [
        ...camera.matrixWorld.elements,
        ...camera.projectionMatrix.elements,
        size.width,
        size.height,
      ];
      const same = !dirty && now.length === last.length && now.every((x, i) => x === last[i]);
      if (same) return false;
      last = now;
      dirty = false;
      return true;
    },
  };
}
