import * as THREE from 'three';
import type { Surface } from '../core/surface';
import { expertArea } from '../state/expertAreas';
import { skinDisc } from '../core/uncertainty/skinDisc';
import { add, scale, type Vec3 } from '../core/vec';
import type { LayerPoint } from '../state/layerTypes';

/** How far the areas and their outlines sit off the skin (metres): enough not to sink between the skin's vertices. */
const FILL_LIFT_M = 0.0015;
const LINE_LIFT_M = 0.0025;

/** The areas of many sites in one geometry (one draw), and their outlines as line-segment pairs (one more). */
export interface ExpertAreaBatch {
  fill: THREE.BufferGeometry;
  outline: Vec3[];
}

/** The expert areas of the given markers (sites of points with a measured spread) walked over `surface`. */
export function expertAreaBatch(surface: Surface, sites: readonly LayerPoint[]): ExpertAreaBatch {
  const positions: number[] = [];
  const index: number[] = [];
  const outline: Vec3[] = [];
  for (const site of sites) {
    const info = expertArea(site.code);
    if (!info) continue;
    const disc = skinDisc(surface, site.position, info.areaCm2 * 1e-4);
    const base = positions.length / 3;
    disc.positions.forEach((p, i) => positions.push(...add(p, scale(disc.normals[i], FILL_LIFT_M))));
    for (const t of disc.triangles) index.push(base + t[0], base + t[1], base + t[2]);
    const first = disc.positions.length - disc.outline.length;
    const ring = disc.outline.map((p, i) => add(p, scale(disc.normals[first + i], LINE_LIFT_M)));
    ring.forEach((p, i) => outline.push(p, ring[(i + 1) % ring.length]));
  }
  const fill = new THREE.BufferGeometry();
  fill.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  fill.setIndex(index);
  return { fill, outline };
}

/** Translucent unlit fill in an sRGB colour written as is (core/colour.ts): the same hex as the legend, at `opacity`. */
export function createAreaMaterial(
  rgb: readonly [number, number, number],
  opacity: number,
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { uColour: { value: new THREE.Vector3(...rgb) }, uOpacity: { value: opacity } },
    vertexShader: /* glsl */ `
      void main() {
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }`,
    fragmentShader: /* glsl */ `
      uniform vec3 uColour;
      uniform float uOpacity;
      void main() {
        gl_FragColor = vec4(uColour, uOpacity);
      }`,
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -2,
  });
}
