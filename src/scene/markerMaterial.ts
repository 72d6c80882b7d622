import * as THREE from 'three';

/**
 * Screen-facing discs of constant pixel size: two triangles per marker, all markers in one merged geometry (billboards.ts). Per-marker
 * colour comes from `aColor`; `aState` is 0 (normal), 1 (hovered) or 2 (selected).
 */
export function createMarkerMaterial(): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { uViewport: { value: new THREE.Vector2(1280, 800) }, uSize: { value: 10 } },
    vertexShader: /* glsl */ `
      uniform vec2 uViewport;
      uniform float uSize;
      attribute float aState;
      attribute vec3 aCenter;
      attribute vec3 aColor;
      varying vec3 vColor;
      varying vec2 vUv;
      varying float vState;
      void main() {
        vec4 center = modelViewMatrix * vec4(aCenter, 1.0);
        // pull the disc 4 mm toward the eye so curved skin around the site does not cut it
        center.xyz += normalize(-center.xyz) * 0.004;
        vec4 clip = projectionMatrix * center;
        float size = uSize * (aState > 1.5 ? 1.7 : (aState > 0.5 ? 1.45 : 1.0));
        clip.xy += position.xy * size / uViewport * 2.0 * clip.w;
        gl_Position = clip;
        vColor = aColor;
        vUv = position.xy * 2.0;
        vState = aState;
      }`,
    fragmentShader: /* glsl */ `
      varying vec3 vColor;
      varying vec2 vUv;
      varying float vState;
      void main() {
        float r = length(vUv);
        if (r > 1.0) discard;
        vec3 ring = vState > 1.5 ? vec3(1.0, 0.84, 0.2) : (vState > 0.5 ? vec3(0.05) : vec3(1.0));
        vec3 col = r > 0.68 ? ring : vColor;
        gl_FragColor = vec4(col, 1.0);
      }`,
  });
}
