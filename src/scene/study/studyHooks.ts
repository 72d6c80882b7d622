import * as THREE from 'three';
import { walkDirection } from '../../core/skinWalk';
import { bcunMetres } from '../../core/study/locateScore';
import { cross, normalize, sub, type Vec3 } from '../../core/vec';
import { questionPose, questionSite } from '../../state/study/questionSite';
import { advanceStudyClock } from '../../state/study/studyClock';
import { labelledSkin } from '../../state/study/levelRound';
import { levelSpot } from './levelSpot';
import { studySurface } from './skinForStudy';

declare global {
  interface Window {
    /** Test hooks of the study quiz (end-to-end tests): screen spots of sites, and the study clock. */
    __pointatlasStudy?: {
      project: (p: Vec3) => { x: number; y: number } | null;
      /**
       * The screen spot `bcun` B-cun over the skin from a point's left (or midline) site, along its scoring
       * segment's axis or across it.
       */
      offsetFrom: (
        code: string,
        bcun: number,
        way?: 'along' | 'across',
      ) => Promise<{ x: number; y: number } | null>;
      advanceDays: (days: number) => void;
      /** True when the camera has arrived at the view of the locate question about `code`. */
      atQuestionView: (code: string) => boolean;
      /** A screen spot on the skin of a dermatome level, in view and clear of its borders (levelSpot.ts). */
      levelSpot: (level: string) => { x: number; y: number } | null;
      /** True once the body shown has its dermatome map (a level round can start). */
      levelsReady: () => boolean;
    };
  }
}

/** Lets the end-to-end tests find a world point (a site, or a spot some B-cun from it) on the screen. */
export function exposeStudyHooks(camera: THREE.Camera, canvas: HTMLCanvasElement): void {
  const project = (p: Vec3) => {
    const v = new THREE.Vector3(...p).project(camera);
    if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1 || v.z > 1) return null;
    const r = canvas.getBoundingClientRect();
    return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
  };
  window.__pointatlasStudy = {
    project,
    offsetFrom: async (code, bcun, way = 'along') => {
      const asked = questionSite(code);
      const surface = await studySurface();
      if (!asked?.segment || !surface) return null;
      const { site, segment: seg } = asked;
      const axis = normalize(sub(seg.to, seg.from));
      const dir = way === 'along' ? axis : normalize(cross(axis, site.normal));
      if (bcun === 0) return project(site.position);
      return project(walkDirection(surface, site.position, bcun * bcunMetres(seg), dir).end);
    },
    advanceDays: advanceStudyClock,
    levelSpot: (level) => levelSpot(level, camera, canvas),
    levelsReady: () => !!labelledSkin(),
    atQuestionView: (code) => {
      const pose = questionPose(code);
      return !!pose && camera.position.distanceTo(new THREE.Vector3(...pose.position)) < 1e-4;
    },
  };
}
