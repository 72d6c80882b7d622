import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Vec3 } from '../../core/vec';

/**
 * The experts' 95 % area around the true site in the locate feedback: a ring of that area's radius in the skin's
 * tangent plane (the uncertainty layer draws the area shaped by the skin; the feedback only outlines it).
 */
export function ExpertAreaRing({ at, normal, radiusM }: { at: Vec3; normal: Vec3; radiusM: number }) {
  const quaternion = useMemo(
    () => new THREE.Quaternion().setFromUnitVectors(new THREE.Vector3(0, 0, 1), new THREE.Vector3(...normal)),
    [normal],
  );
  const geometry = useMemo(() => new THREE.RingGeometry(radiusM * 0.93, radiusM, 48), [radiusM]);
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: '#7b3fe4',
        depthTest: false,
        transparent: true,
        opacity: 0.85,
        side: THREE.DoubleSide,
      }),
    [],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <mesh
      name="study-expert-area"
      position={at as [number, number, number]}
      quaternion={quaternion}
      geometry={geometry}
      material={material}
      renderOrder={6}
      raycast={() => null}
    />
  );
}
