import { useEffect } from 'react';
import { useFrame } from '@react-three/fiber';
import type * as THREE from 'three';

/**
 * Keeps a shader material sized in screen pixels: its `uViewport` uniform follows the canvas size every frame, and
 * the material is disposed when it is replaced or the component goes. For the billboards and the fat lines.
 */
export function useScreenMaterial(material: THREE.ShaderMaterial): void {
  useEffect(() => () => material.dispose(), [material]);
  useFrame(({ size }) => {
    material.uniforms.uViewport.value.set(size.width, size.height);
  });
}
