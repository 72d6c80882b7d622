import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { layoutLabels } from '../core/labelLayout';
import { isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';
import { zoneAnchors, type ZoneAnchor } from './zoneAnchors';

const NEAR_M = 0.45;
const v = new THREE.Vector3();
const eye = new THREE.Vector3();

/**
 * Names of the outlined zones on the ears (GB/T area codes, else part names), written on the close-up only: a
 * label shows when the camera is near and its spot faces the camera; labels never overlap.
 */
export function ZoneLabels() {
  const { gl, camera, size, invalidate } = useThree();
  const model = useSceneStore((s) => s.model);
  const layers = useAtlasStore((s) => s.layers);
  const layerOn = useAtlasStore((s) => s.layerOn);
  const layerListed = useAtlasStore((s) => s.layerListed);
  const anchors = useMemo<ZoneAnchor[]>(() => {
    if (!model) return [];
    const shown = layers.filter(
      (l) =>
        l.primitive.kind === 'zones' && l.primitive.zones.outline && isLayerOn({ layerOn, layerListed }, l),
    );
    const top = shown.find((l) => l.id === 'ear-areas') ?? shown[0];
    if (!top || top.primitive.kind !== 'zones') return [];
    const { parts, labels } = top.primitive.zones;
    const short = top.id === 'ear-areas' ? labels : (top.primitive.zones.names ?? labels);
    return Object.entries(parts ?? {}).flatMap(([name, lab]) => {
      const g = model.parts[model.partNames.indexOf(name)];
      return g && g.getAttribute('position').count === lab.length ? zoneAnchors(g, lab, short) : [];
    });
  }, [model, layers, layerOn, layerListed]);
  const box = useRef<HTMLDivElement | null>(null);
  const nodes = useRef<HTMLDivElement[]>([]);
  useEffect(() => {
    const div = document.createElement('div');
    div.className = 'area-labels';
    div.setAttribute('aria-hidden', 'true');
    gl.domElement.parentElement?.appendChild(div);
    box.current = div;
    return () => div.remove();
  }, [gl]);
  useEffect(() => {
    box.current?.replaceChildren();
    nodes.current = anchors.map((a) => {
      const el = document.createElement('div');
      el.className = 'area-label';
      el.style.display = 'none';
      el.textContent = a.text;
      box.current?.appendChild(el);
      return el;
    });
    invalidate();
  }, [anchors, invalidate]);
  useFrame(() => {
    camera.getWorldPosition(eye);
    const requests = anchors.flatMap((a, i) => {
      v.set(...a.position);
      const toEye = eye.clone().sub(v);
      if (toEye.length() > NEAR_M || toEye.dot(new THREE.Vector3(...a.normal)) <= 0) return [];
      v.project(camera);
      if (v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return [];
      const el = nodes.current[i];
      const [w, h] = [el?.offsetWidth || a.text.length * 8 + 8, el?.offsetHeight || 18];
      return [
        {
          id: String(i),
          x: ((v.x + 1) / 2) * size.width,
          y: ((1 - v.y) / 2) * size.height,
          w,
          h,
          priority: i,
        },
      ];
    });
    const placed = new Map(layoutLabels(requests, size).map((p) => [p.id, p]));
    nodes.current.forEach((el, i) => {
      const p = placed.get(String(i));
      el.style.display = p ? '' : 'none';
      if (p) el.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
    });
  });
  return null;
}
