import * as THREE from 'three';
import { flightPose } from '../core/cameraPath';
import type { Vec3 } from '../core/vec';

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

const vec = (v: THREE.Vector3): Vec3 => [v.x, v.y, v.z];

/**
 * Advances a motion to time `now` (ms); returns true when it has arrived. The camera flies round the target on an arc
 * (core/cameraPath.ts), not on the straight line that would cross the body.
 */
export function stepMotion(m: CameraMotion, now: number, pos: THREE.Vector3, target: THREE.Vector3): boolean {
  const t = Math.min(1, (now - m.start) / m.duration);
  const p = flightPose(
    { position: vec(m.fromPos), target: vec(m.fromTarget) },
    { position: vec(m.toPos), target: vec(m.toTarget) },
    ease(t),
  );
  pos.set(...p.position);
  target.set(...p.target);
  return t >= 1;
}
