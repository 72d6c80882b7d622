import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { siteIdOf } from '../state/atlasTypes';
import { useAtlasStore } from '../state/store';
import { createMarkerMaterial } from './markerMaterial';
import { useVisibleMarkers } from './useVisibleMarkers';

/** Every visible point of every points layer: one InstancedMesh of screen-facing discs. */
export function PointMarkers() {
  const markers = useVisibleMarkers();
  const hovered = useAtlasStore((s) => s.hovered);
  const selection = useAtlasStore((s) => s.selection);
  const { invalidate } = useThree();
  const mesh = useRef<THREE.InstancedMesh>(null);
  const material = useMemo(() => createMarkerMaterial(), []);
  const geometry = useMemo(() => new THREE.PlaneGeometry(1, 1), []);
  const capacity = Math.max(1, markers.length);
  const state = useMemo(() => new THREE.InstancedBufferAttribute(new Float32Array(capacity), 1), [capacity]);

  useEffect(() => {
    geometry.setAttribute('aState', state);
  }, [geometry, state]);

  useEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const mat = new THREE.Matrix4();
    const colour = new THREE.Color();
    markers.forEach(({ point, colour: c }, i) => {
      mat.makeTranslation(point.position[0], point.position[1], point.position[2]);
      m.setMatrixAt(i, mat);
      m.setColorAt(i, colour.set(c));
    });
    m.count = markers.length;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [markers, invalidate]);

  useEffect(() => {
    const sel = selection ? siteIdOf(selection) : null;
    const attr = geometry.getAttribute('aState') as THREE.InstancedBufferAttribute | undefined;
    if (!attr) return;
    const arr = attr.array as Float32Array;
    markers.forEach(({ point }, i) => {
      arr[i] = point.id === sel ? 2 : point.id === hovered ? 1 : 0;
    });
    attr.needsUpdate = true;
    invalidate();
  }, [markers, hovered, selection, geometry, state, invalidate]);

  useFrame(({ size }) => {
    material.uniforms.uViewport.value.set(size.width, size.height);
  });

  return (
    <instancedMesh
      key={capacity}
      ref={mesh}
      args={[geometry, material, capacity]}
      frustumCulled={false}
      renderOrder={2}
      raycast={() => null}
    />
  );
}
