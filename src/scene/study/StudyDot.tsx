import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Vec3 } from '../../core/vec';

/** A small sphere drawn over the body (the true site, the click, the site a name question asks about). */
export function StudyDot({ at, colour, size = 0.006 }: { at: Vec3; colour: string; size?: number }) {
  // objects made here and handed over as props: the canvas registers only Group, Mesh and LineSegments for JSX
  const geometry = useMemo(() => new THREE.SphereGeometry(size, 16, 12), [size]);
  const material = useMemo(
    () => new THREE.MeshBasicMaterial({ color: colour, depthTest: false, transparent: true, opacity: 0.95 }),
    [colour],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <mesh
      position={at as [number, number, number]}
      geometry={geometry}
      material={material}
      renderOrder={7}
      raycast={() => null}
    />
  );
}
