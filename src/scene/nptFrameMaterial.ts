import * as THREE from 'three';

/**
 * The shape behind each nerve site's disc, by evidence status (`aShape` 0 diamond, 1 square, 2 triangle): a filled
 * screen-facing shape of constant pixel size with a dark edge, so the status reads by shape as well as colour.
 * Drawn as one merged geometry (billboards.ts), just under the shared point markers.
 */
export function createNptFrameMaterial(): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { uViewport: { value: new THREE.Vector2(1280, 800) }, uSize: { value: 19 } },
    vertexShader: /* glsl */ `
      uniform vec2 uViewport;
      uniform float uSize;
      attribute float aShape;
      attribute vec3 aCenter;
      attribute vec3 aColor;
      varying vec3 vColor;
      varying vec2 vUv;
      varying float vShape;
      void main() {
        vec4 center = modelViewMatrix * vec4(aCenter, 1.0);
        center.xyz += normalize(-center.xyz) * 0.0035;
        vec4 clip = projectionMatrix * center;
        clip.xy += position.xy * uSize / uViewport * 2.0 * clip.w;
        gl_Position = clip;
        vColor = aColor;
        vUv = position.xy * 2.0;
        vShape = aShape;
      }`,
    fragmentShader: /* glsl */ `
      varying vec3 vColor;
      varying vec2 vUv;
      varying float vShape;
      bool inside(vec2 p) {
        if (vShape < 0.5) return abs(p.x) + abs(p.y) <= 1.0;
        if (vShape < 1.5) return max(abs(p.x), abs(p.y)) <= 0.78;
        return p.y >= -0.72 && abs(p.x) <= 0.95 * (1.0 - p.y) / 1.72;
      }
      void main() {
        if (!inside(vUv)) discard;
        vec3 col = inside(vUv / 0.78) ? vColor : vec3(0.08);
        gl_FragColor = vec4(col, 1.0);
      }`,
  });
}
