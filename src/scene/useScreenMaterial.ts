import { useEffect } from 'react';
import { useFrame } from '@react-three/fiber';
import type * as THREE from 'three';

/**
 * Keeps a shader material sized in screen pixels: its `uViewport` uniform follows the canvas size every frame, and
 * the material is disposed when it is replaced or the component goes; a billboard size can follow the canvas height. For the billboards and the fat lines.
 */
export function useScreenMaterial(
  material: THREE.ShaderMaterial,
  /** The billboard size (px) for the canvas height, when it follows the view rather than staying fixed. */
  sizeFor?: (height: number) => number,
): void {
  useEffect(() => () => material.dispose(), [material]);
  useFrame(({ size }) => {
    material.uniforms.uViewport.value.set(size.width, size.height);
    if (sizeFor) setSize(material, sizeFor(size.height));
  });
}

/** Sets a billboard material's size in pixels (the uniform of billboardMaterial.ts). */
function setSize(material: THREE.ShaderMaterial, px: number): void {
  material.uniforms.uSize.value = px;
}
