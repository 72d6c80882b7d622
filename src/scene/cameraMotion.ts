import * as THREE from 'three';

/** A camera move in flight: per-frame state kept in a ref, never in React state. */
export interface CameraMotion {
  fromPos: THREE.Vector3;
  fromTarget: THREE.Vector3;
  toPos: THREE.Vector3;
  toTarget: THREE.Vector3;
  start: number;
  duration: number;
}

/** True when the user asked the system for less motion: camera moves then jump. */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/** Advances a motion to time `now` (ms); returns true when it has arrived. */
export function stepMotion(m: CameraMotion, now: number, pos: THREE.Vector3, target: THREE.Vector3): boolean {
  const t = Math.min(1, (now - m.start) / m.duration);
  const k = ease(t);
  pos.lerpVectors(m.fromPos, m.toPos, k);
  target.lerpVectors(m.fromTarget, m.toTarget, k);
  return t >= 1;
}
