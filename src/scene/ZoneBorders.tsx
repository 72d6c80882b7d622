import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Layer } from '../state/layerTypes';
import { useSceneStore } from './sceneStore';
import { outlinedMeshes, zoneBorders } from './zoneBorders';

/**
 * One-pixel dark lines, unlit: a shader of a few lines (SwiftShader compiles each program on the CPU before the first
 * frame; three's LineBasicMaterial is several times larger). GL lines keep the ear's thousands of border segments at
 * two vertices each.
 */
function createBorderMaterial(): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { uColour: { value: new THREE.Color('#1a1a1a') } },
    vertexShader: /* glsl */ `
      void main() {
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 uColour;
      void main() {
        gl_FragColor = vec4(uColour, 1.0);
        #include <colorspace_fragment>
      }`,
  });
}

/**
 * The dark borders between the zones of an outlined layer (ear parts and areas) on the ears, wherever they are. The
 * zones' colours themselves are painted into the meshes' vertex colours (BodyMesh), not drawn here.
 */
export function ZoneBorders({ layer }: { layer: Layer }) {
  const model = useSceneStore((s) => s.model);
  const material = useMemo(() => createBorderMaterial(), []);
  useEffect(() => () => material.dispose(), [material]);
  const borders = useMemo(() => {
    if (!model || layer.primitive.kind !== 'zones' || !layer.primitive.zones.outline) return [];
    return outlinedMeshes(model, layer.primitive.zones).map((m) => ({
      name: m.name,
      geometry: zoneBorders(m.geometry, m.labels),
    }));
  }, [model, layer]);
  useEffect(() => () => borders.forEach((b) => b.geometry.dispose()), [borders]);
  return (
    <>
      {borders.map((b) => (
        <lineSegments
          key={b.name}
          geometry={b.geometry}
          material={material}
          renderOrder={2}
          raycast={() => null}
        />
      ))}
    </>
  );
}
