import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { Rgb } from '../core/colour';
import type { Vec3 } from '../core/vec';
import { useScreenMaterial } from './useScreenMaterial';

/**
 * Line segments of constant pixel width as one plain BufferGeometry: a quad of four vertices per segment, expanded
 * across the segment in screen space by the vertex shader (ends extended by half the width, so the segments of a
 * path join without gaps). Replaces drei's Line (LineSegments2), whose instanced draw SwiftShader runs as one internal
 * draw per segment. Colours are sRGB components written straight to the screen (no output conversion), as the
 * markers' (billboardMaterial.ts): a line shows its data's hex.
 */
function createFatLineMaterial(width: number, depthTest: boolean, opacity: number): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    side: THREE.DoubleSide, // the quad's winding depends on the segment's direction on screen
    depthTest,
    transparent: opacity < 1 || !depthTest, // overlays drawn over the body go in the transparent pass, after it
    uniforms: {
      uViewport: { value: new THREE.Vector2(1280, 800) },
      uWidth: { value: width },
      uOpacity: { value: opacity },
    },
    vertexShader: /* glsl */ `
      uniform vec2 uViewport;
      uniform float uWidth;
      attribute vec3 aOther;
      attribute vec3 aColor;
      attribute float aSide; // -1 or 1, across the segment as seen from this end
      varying vec3 vColor;
      void main() {
        vec4 a = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
        vec4 b = projectionMatrix * modelViewMatrix * vec4(aOther, 1.0);
        vec2 half_ = uViewport * 0.5;
        vec2 d = b.xy / b.w * half_ - a.xy / a.w * half_;
        vec2 dir = dot(d, d) > 1e-12 ? normalize(d) : vec2(1.0, 0.0);
        vec2 off = (vec2(-dir.y, dir.x) * aSide - dir) * uWidth * 0.5;
        a.xy += off / half_ * a.w;
        gl_Position = a;
        vColor = aColor;
      }`,
    fragmentShader: /* glsl */ `
      uniform float uOpacity;
      varying vec3 vColor;
      void main() {
        gl_FragColor = vec4(vColor, uOpacity);
      }`,
  });
}

/** Segments `points[2i]`–`points[2i+1]` with per-point colours, as one merged quad geometry. */
function buildFatLines(points: readonly Vec3[], colours: readonly Rgb[]): THREE.BufferGeometry {
  const n = Math.floor(points.length / 2);
  const pos = new Float32Array(n * 12);
  const other = new Float32Array(n * 12);
  const col = new Float32Array(n * 12);
  const side = new Float32Array(n * 4);
  const index = new Uint32Array(n * 6);
  for (let s = 0; s < n; s++) {
    const ends = [points[2 * s], points[2 * s + 1]];
    const cols = [colours[2 * s], colours[2 * s + 1]];
    // the quad's corners in order around it: end 0 on side -1, end 0 on +1, end 1 on +1, end 1 on -1
    const layout: [number, number][] = [
      [0, -1],
      [0, 1],
      [1, 1],
      [1, -1],
    ];
    layout.forEach(([e, across], k) => {
      const v = s * 4 + k;
      pos.set(ends[e], v * 3);
      other.set(ends[1 - e], v * 3);
      col.set(cols[e], v * 3);
      // seen from end 1 the direction is reversed, so its "left" is end 0's "right"
      side[v] = e === 0 ? across : -across;
    });
    index.set(
      [0, 1, 2, 0, 2, 3].map((i) => s * 4 + i),
      s * 6,
    );
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  g.setAttribute('aOther', new THREE.BufferAttribute(other, 3));
  g.setAttribute('aColor', new THREE.BufferAttribute(col, 3));
  g.setAttribute('aSide', new THREE.BufferAttribute(side, 1));
  g.setIndex(new THREE.BufferAttribute(index, 1));
  return g;
}

/** The segments of a polyline as pairs of points, for FatLines. */
export function polylineSegments(path: readonly Vec3[]): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 1; i < path.length; i++) out.push(path[i - 1], path[i]);
  return out;
}

/** Line segments (pairs of points) of `lineWidth` CSS pixels, sRGB colour per point (core/colour.ts), in one draw. */
export function FatLines({
  points,
  colours,
  lineWidth,
  name,
  renderOrder,
  depthTest = true,
  opacity = 1,
}: {
  points: readonly Vec3[];
  colours: readonly Rgb[];
  lineWidth: number;
  name?: string;
  renderOrder?: number;
  depthTest?: boolean;
  opacity?: number;
}) {
  const material = useMemo(
    () => createFatLineMaterial(lineWidth, depthTest, opacity),
    [lineWidth, depthTest, opacity],
  );
  useScreenMaterial(material);
  const geometry = useMemo(() => buildFatLines(points, colours), [points, colours]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh
      name={name}
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={renderOrder}
      raycast={() => null}
    />
  );
}
