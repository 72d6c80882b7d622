import * as THREE from 'three';
import { bcunMetres, scoreSegment } from '../../core/study/locateScore';
import { add, normalize, scale, sub, type Vec3 } from '../../core/vec';
import { useAtlasStore } from '../../state/store';

declare global {
  interface Window {
    /** Test hooks of the study quiz: where a world point lies on screen. */
    __pointatlasStudy?: {
      project: (p: Vec3) => { x: number; y: number } | null;
      /** The screen spot `bcun` B-cun from a point's left (or midline) site along its scoring segment. */
      offsetFrom: (code: string, bcun: number) => { x: number; y: number } | null;
      feedbackShown: () => boolean;
    };
  }
}

/** Lets the end-to-end tests find a world point (a site, or a spot some B-cun from it) on the screen. */
export function exposeStudyHooks(camera: THREE.Camera, canvas: HTMLCanvasElement, scene: THREE.Scene): void {
  const project = (p: Vec3) => {
    const v = new THREE.Vector3(...p).project(camera);
    if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1 || v.z > 1) return null;
    const r = canvas.getBoundingClientRect();
    return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
  };
  window.__pointatlasStudy = {
    project,
    offsetFrom: (code, bcun) => {
      const site = useAtlasStore.getState().resolved?.sites.find((s) => s.code === code && s.side !== 'R');
      const seg = site && scoreSegment(site.derivation);
      if (!site || !seg) return null;
      return project(add(site.position, scale(normalize(sub(seg.to, seg.from)), bcun * bcunMetres(seg))));
    },
    feedbackShown: () => !!scene.getObjectByName('study-feedback'),
  };
}
