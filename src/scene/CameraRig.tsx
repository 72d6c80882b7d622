import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { presetPose } from '../core/cameraPresets';
import type { Vec3 } from '../core/vec';
import { useAtlasStore } from '../state/store';
import type { CameraPose } from '../state/viewTypes';
import { findPoint } from '../state/selectors';
import { prefersReducedMotion, stepMotion, type CameraMotion } from './cameraMotion';
import { enableKeyboard } from './keyboardZoom';
import { useDoubleClickFocus } from './useDoubleClickFocus';

const v3 = (v: Vec3) => new THREE.Vector3(v[0], v[1], v[2]);

/** Orbit / zoom-to-cursor / pan controls, preset and focus flights, and the settled pose reported for the URL. */
export function CameraRig() {
  const { camera, gl, invalidate } = useThree();
  const controls = useRef<OrbitControls | null>(null);
  const motion = useRef<CameraMotion | null>(null);
  const request = useAtlasStore((s) => s.camera);
  const bounds = useAtlasStore((s) => s.bounds);
  const landmarks = useAtlasStore((s) => s.landmarks);
  const layers = useAtlasStore((s) => s.layers);

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
      const dir = new THREE.Vector3(p.normal[0], p.normal[1] * 0.6 + 0.15, p.normal[2]).normalize();
      goal = { target: p.position, position: v3(p.position).addScaledVector(dir, dist).toArray() as Vec3 };
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
