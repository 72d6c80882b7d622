import type { RootState } from '@react-three/fiber';
import * as THREE from 'three';
import { findPoint } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { hiddenByBody } from './pickMarker';
import { useSceneStore } from './sceneStore';

declare global {
  interface Window {
    /** Hooks for the benchmark and the end-to-end tests (read-only views of the scene, frame timing). */
    __pointatlas?: {
      renderFrames: (n: number) => number;
      projectSite: (siteId: string) => { x: number; y: number } | null;
      rulerParts: () => number;
      cameraPose: () => number[];
      /** True when the camera is where the last flight or move left it (the store's pose): no flight under way. */
      cameraAtRest: () => boolean;
      /** What the last frame drew: draw calls, triangles, line segments, points. */
      renderInfo: () => { calls: number; triangles: number; lines: number; points: number };
      /** The shader programs compiled so far (material type or name of each). */
      programs: () => string[];
    };
  }
}

const mm = (x: number) => Math.round(x * 1000) / 1000;

/** Exposes frame timing (n frames rendered back to back → frames per second), marker positions, camera, ruler. */
export function exposeBenchHooks(state: RootState): void {
  window.__pointatlas = {
    renderFrames: (n: number) => {
      const gl = state.gl.getContext();
      const pixel = new Uint8Array(4);
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        state.advance(performance.now());
        // reading a pixel waits until the frame is really drawn (finish() alone may not, in software rendering)
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      }
      return (n * 1000) / (performance.now() - t0);
    },
    programs: () => (state.gl.info.programs ?? []).map((p) => p.name),
    projectSite: (siteId: string) => {
      const p = findPoint(useAtlasStore.getState().layers, siteId);
      if (!p || hiddenByBody(p, state.camera, useSceneStore.getState().skinMesh)) return null;
      const v = new THREE.Vector3(...p.position).project(state.camera);
      if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1 || v.z > 1) return null;
      const r = state.gl.domElement.getBoundingClientRect();
      return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
    },
    rulerParts: () => state.scene.getObjectByName('cun-ruler')?.children.length ?? 0,
    renderInfo: () => {
      const { calls, triangles, lines, points } = state.gl.info.render;
      return { calls, triangles, lines, points };
    },
    cameraAtRest: () => {
      const pose = useAtlasStore.getState().pose;
      return !!pose && state.camera.position.distanceTo(new THREE.Vector3(...pose.position)) < 1e-5;
    },
    cameraPose: () => {
      const target = useAtlasStore.getState().pose?.target ?? [0, 0, 0];
      return [...state.camera.position.toArray(), ...target].map(mm);
    },
  };
}
