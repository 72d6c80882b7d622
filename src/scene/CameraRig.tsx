import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { focusPose, presetPose, type SightBlocked } from '../core/cameraPresets';
import type { Vec3 } from '../core/vec';
import { useAtlasStore } from '../state/store';
import type { CameraPose } from '../state/viewTypes';
import { findPoint } from '../state/selectors';
import { prefersReducedMotion, stepMotion, type CameraMotion } from './cameraMotion';
import { enableKeyboard } from './keyboardZoom';
import { useDoubleClickFocus } from './useDoubleClickFocus';
import { ensureBodyBvh } from './loadBodyModel';
import { useSceneStore } from './sceneStore';

const v3 = (v: Vec3) => new THREE.Vector3(v[0], v[1], v[2]);
const sight = new THREE.Raycaster();
sight.firstHitOnly = true;

/**
 * The body's line-of-sight test for choosing a fly-to direction, or undefined while the skin has no BVH yet (before
 * the first frame; a brute-force ray per candidate direction would stall the flight's start).
 */
function bodySight(): SightBlocked | undefined {
  const { skinMesh: skin, model } = useSceneStore.getState();
  if (!skin) return undefined;
  if (!skin.geometry.boundsTree) {
    if (!model || !useAtlasStore.getState().frameReady) return undefined;
    ensureBodyBvh(model);
    if (!skin.geometry.boundsTree) return undefined;
  }
  return (from, to) => {
    const a = v3(from);
    const d = v3(to).sub(a);
    sight.set(a, d.clone().normalize());
    sight.far = d.length();
    return sight.intersectObject(skin, false).length > 0;
  };
}

/** Orbit / zoom-to-cursor / pan controls, preset and focus flights, and the settled pose reported for the URL. */
export function CameraRig() {
  const { camera, gl, invalidate } = useThree();
  const controls = useRef<OrbitControls | null>(null);
  const motion = useRef<CameraMotion | null>(null);
  const request = useAtlasStore((s) => s.camera);
  const bounds = useAtlasStore((s) => s.bounds);
  const landmarks = useAtlasStore((s) => s.landmarks);
  const layers = useAtlasStore((s) => s.layers);
  const frameReady = useAtlasStore((s) => s.frameReady);
  // a focus flight chosen before the body's line-of-sight test existed, to check again once it does
  const unchecked = useRef<{ serial: number; pose: CameraPose } | null>(null);

  useEffect(() => {
    const c = new OrbitControls(camera, gl.domElement);
    c.zoomToCursor = true;
    c.screenSpacePanning = true;
    c.minDistance = 0.05;
    c.maxDistance = 12;
    c.keys = { LEFT: 'ArrowLeft', UP: 'ArrowUp', RIGHT: 'ArrowRight', BOTTOM: 'ArrowDown' };
    c.listenToKeyEvents(gl.domElement);
    const stopKeyboard = enableKeyboard(gl.domElement, c, invalidate);
    const onChange = () => invalidate();
    const onStart = () => (motion.current = null);
    const onEnd = () => useAtlasStore.getState().setPose(poseOf(camera, c.target), true);
    c.addEventListener('change', onChange);
    c.addEventListener('start', onStart);
    c.addEventListener('end', onEnd);
    controls.current = c;
    return () => {
      c.removeEventListener('change', onChange);
      c.removeEventListener('start', onStart);
      c.removeEventListener('end', onEnd);
      stopKeyboard();
      c.dispose();
      controls.current = null;
    };
  }, [camera, gl, invalidate]);

  useEffect(() => {
    const c = controls.current;
    if (!c || !bounds) return;
    let goal: CameraPose | null = request.pose ?? null;
    if (request.preset) goal = presetPose(request.preset, landmarks ?? {}, bounds);
    if (request.focusSite) {
      const p = findPoint(layers, request.focusSite);
      if (!p) return; // waits for the layers; the effect reruns when they arrive
      const dist = Math.min(camera.position.distanceTo(c.target), 0.7);
      const blocked = bodySight();
      goal = focusPose(p, dist, blocked);
      unchecked.current = blocked ? null : { serial: request.serial, pose: goal };
    }
    if (!goal) return;
    const to = { pos: v3(goal.position), target: v3(goal.target) };
    if (request.instant || prefersReducedMotion()) {
      motion.current = null;
      camera.position.copy(to.pos);
      c.target.copy(to.target);
      c.update();
      useAtlasStore.getState().setPose(poseOf(camera, c.target));
    } else {
      const start = performance.now();
      motion.current = {
        fromPos: camera.position.clone(),
        fromTarget: c.target.clone(),
        toPos: to.pos,
        toTarget: to.target,
        start,
        duration: 900,
      };
    }
    invalidate();
    // layers only matter while a focus request waits for them
  }, [request, bounds, landmarks, layers, camera, invalidate]);

  // a point selected from the link is flown to before the first frame, without the sight test: once the body can
  // answer rays, look again and turn the camera if the body hides the point (unless the user has moved meanwhile)
  useEffect(() => {
    const c = controls.current;
    const pending = unchecked.current;
    if (!frameReady || !c || !pending || !request.focusSite || pending.serial !== request.serial) return;
    const blocked = bodySight();
    if (!blocked) return;
    unchecked.current = null;
    const p = findPoint(layers, request.focusSite);
    const here = poseOf(camera, c.target);
    const moved = here.position.some((x, i) => Math.abs(x - pending.pose.position[i]) > 1e-4);
    if (!p || moved || motion.current) return;
    const goal = focusPose(p, camera.position.distanceTo(c.target), blocked);
    if (goal.position.every((x, i) => Math.abs(x - here.position[i]) < 1e-4)) return;
    motion.current = {
      fromPos: camera.position.clone(),
      fromTarget: c.target.clone(),
      toPos: v3(goal.position),
      toTarget: v3(goal.target),
      start: performance.now(),
      duration: prefersReducedMotion() ? 1 : 600,
    };
    invalidate();
  }, [frameReady, request, layers, camera, invalidate]);

  useDoubleClickFocus(controls);

  useFrame(() => {
    const m = motion.current;
    const c = controls.current;
    if (!m || !c) return;
    const done = stepMotion(m, performance.now(), camera.position, c.target);
    c.update();
    if (done) {
      motion.current = null;
      useAtlasStore.getState().setPose(poseOf(camera, c.target));
    }
    // one frame more after the last step: what runs before this in a frame (labels) sees the final pose
    invalidate();
  });
  return null;
}

function poseOf(camera: THREE.Camera, target: THREE.Vector3): CameraPose {
  return { position: camera.position.toArray() as Vec3, target: target.toArray() as Vec3 };
}
