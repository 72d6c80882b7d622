import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { NPT_STATUS_STYLE } from '../state/nptLayer';
import { createNptFrameMaterial } from './nptFrameMaterial';
import { useNptMarkers } from './useNptMarkers';

/**
 * The status shape of each visible nerve site (diamond, square, triangle), drawn once as an InstancedMesh under the
 * shared disc markers, which keep hover, selection and picking for every layer.
 */
export function NerveSiteMarkers() {
  const markers = useNptMarkers();
  const { invalidate } = useThree();
  const mesh = useRef<THREE.InstancedMesh>(null);
  const material = useMemo(() => createNptFrameMaterial(), []);
  const geometry = useMemo(() => new THREE.PlaneGeometry(1, 1), []);
  const capacity = Math.max(1, markers.length);
  const shape = useMemo(() => new THREE.InstancedBufferAttribute(new Float32Array(capacity), 1), [capacity]);

  useEffect(() => {
    geometry.setAttribute('aShape', shape);
  }, [geometry, shape]);

  useEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const mat = new THREE.Matrix4();
    const colour = new THREE.Color();
    const attr = geometry.getAttribute('aShape') as THREE.InstancedBufferAttribute | undefined;
    const arr = attr ? (attr.array as Float32Array) : new Float32Array(markers.length);
    markers.forEach(({ site }, i) => {
      const style = NPT_STATUS_STYLE[site.status];
      mat.makeTranslation(site.position[0], site.position[1], site.position[2]);
      m.setMatrixAt(i, mat);
      m.setColorAt(i, colour.set(style.colour));
      arr[i] = style.shape;
    });
    m.count = markers.length;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    if (attr) attr.needsUpdate = true;
    invalidate();
  }, [markers, geometry, shape, invalidate]);

  useFrame(({ size }) => {
    material.uniforms.uViewport.value.set(size.width, size.height);
  });

  if (markers.length === 0) return null;
  return (
    <instancedMesh
      key={capacity}
      ref={mesh}
      name="npt-site-shapes"
      args={[geometry, material, capacity]}
      frustumCulled={false}
      renderOrder={1}
      raycast={() => null}
    />
  );
}
