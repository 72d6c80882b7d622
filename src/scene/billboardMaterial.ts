import * as THREE from 'three';

/**
 * Screen-facing billboards of constant pixel size over merged geometry (billboards.ts): the point markers (discs) and
 * the shapes behind the nerve sites (frames). One shader for both, so SwiftShader links one program for the two
 * (every program is compiled on the CPU before the first frame); the kind, size and lift are uniforms.
 *
 * - `disc`: per-marker colour `aColor`, `aState` 0 normal, 1 hovered (larger, dark ring), 2 selected (larger still,
 *   amber ring).
 * - `frame`: `aShape` 0 diamond, 1 square, 2 triangle, filled with `aColor` inside a dark edge: the nerve site's
 *   evidence status reads by shape as well as colour.
 *
 * Colours (`aColor` and the rings here) are sRGB components written straight to the screen, no colour management:
 * set them with core/colour.ts `srgbOf`, never three's `Color` (linear), so a marker shows its data's hex.
 */
export type BillboardKind = 'disc' | 'frame';

const SETTINGS: Record<BillboardKind, { mode: number; size: number; lift: number }> = {
  // pulled 4 mm toward the eye so curved skin around the site does not cut the disc
  disc: { mode: 0, size: 10, lift: 0.004 },
  // a little less lift than the discs: the frame stays just under the point marker it surrounds
  frame: { mode: 1, size: 19, lift: 0.0035 },
};

export function createBillboardMaterial(kind: BillboardKind): THREE.ShaderMaterial {
  const s = SETTINGS[kind];
  return new THREE.ShaderMaterial({
    uniforms: {
      uViewport: { value: new THREE.Vector2(1280, 800) },
      uSize: { value: s.size },
      uLift: { value: s.lift },
      uMode: { value: s.mode },
    },
    vertexShader: /* glsl */ `
      uniform vec2 uViewport;
      uniform float uSize;
      uniform float uLift;
      uniform float uMode;
      attribute float aState;
      attribute float aShape;
      attribute vec3 aCenter;
      attribute vec3 aColor;
      varying vec3 vColor;
      varying vec2 vUv;
      varying float vState;
      varying float vShape;
      void main() {
        vec4 center = modelViewMatrix * vec4(aCenter, 1.0);
        center.xyz += normalize(-center.xyz) * uLift;
        vec4 clip = projectionMatrix * center;
        float grow = uMode > 0.5 ? 1.0 : (aState > 1.5 ? 1.7 : (aState > 0.5 ? 1.45 : 1.0));
        clip.xy += position.xy * uSize * grow / uViewport * 2.0 * clip.w;
        gl_Position = clip;
        vColor = aColor;
        vUv = position.xy * 2.0;
        vState = aState;
        vShape = aShape;
      }`,
    fragmentShader: /* glsl */ `
      uniform float uMode;
      varying vec3 vColor;
      varying vec2 vUv;
      varying float vState;
      varying float vShape;
      bool insideShape(vec2 p) {
        if (vShape < 0.5) return abs(p.x) + abs(p.y) <= 1.0;
        if (vShape < 1.5) return max(abs(p.x), abs(p.y)) <= 0.78;
        return p.y >= -0.72 && abs(p.x) <= 0.95 * (1.0 - p.y) / 1.72;
      }
      void main() {
        vec3 col;
        if (uMode < 0.5) {
          float r = length(vUv);
          if (r > 1.0) discard;
          vec3 ring = vState > 1.5 ? vec3(1.0, 0.84, 0.2) : (vState > 0.5 ? vec3(0.05) : vec3(1.0));
          col = r > 0.68 ? ring : vColor;
        } else {
          if (!insideShape(vUv)) discard;
          col = insideShape(vUv / 0.78) ? vColor : vec3(0.08);
        }
        gl_FragColor = vec4(col, 1.0);
      }`,
  });
}
