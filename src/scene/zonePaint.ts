import * as THREE from 'three';
import type { Layer } from '../state/layerTypes';
import { isGroupOn, isLayerOn } from '../state/selectors';
import type { AtlasState } from '../state/store';

/** How strongly a zone's colour covers the skin: the body's own zones, the ears' (smaller, so stronger). */
export const SKIN_ZONE_ALPHA = 0.55;
export const PART_ZONE_ALPHA = 0.8;

/** One visible zones layer over one mesh: the label per vertex and each label's colour (null when switched off). */
interface Overlay {
  vertexLabel: Int16Array;
  colours: (THREE.Color | null)[];
}

/**
 * The overlays of every visible zones layer on a mesh (`skin`, or a part by glTF name), in layer order. Only those
 * whose labels match the mesh's vertex count.
 */
export function zoneOverlays(
  s: Pick<AtlasState, 'layers' | 'layerOn' | 'layerListed' | 'groupOff'>,
  mesh: string,
  vertexCount: number,
): Overlay[] {
  const out: Overlay[] = [];
  for (const layer of s.layers as Layer[]) {
    if (layer.primitive.kind !== 'zones' || !isLayerOn(s, layer)) continue;
    const z = layer.primitive.zones;
    const vertexLabel = mesh === 'skin' ? z.vertexLabel : z.parts?.[mesh];
    if (!vertexLabel || vertexLabel.length !== vertexCount) continue;
    const colours = z.labels.map((label, i) =>
      isGroupOn(s, layer.id, label) ? new THREE.Color(z.colours[i]) : null,
    );
    out.push({ vertexLabel, colours });
  }
  return out;
}

/**
 * Paints the zones into per-vertex colours of the mesh itself (linear RGB), as if each overlay were blended over the
 * skin with `alpha`: one draw of the body whatever the number of zone layers (SwiftShader pays per triangle drawn,
 * and a second transparent skin per layer halved the frame rate). Writes into `into` when given (reused buffer).
 */
export function paintZones(
  base: THREE.Color,
  vertexCount: number,
  overlays: readonly Overlay[],
  alpha: number,
  into?: Float32Array,
): Float32Array {
  const rgb = into && into.length === vertexCount * 3 ? into : new Float32Array(vertexCount * 3);
  for (let v = 0; v < vertexCount; v++) {
    let r = base.r;
    let g = base.g;
    let b = base.b;
    for (const o of overlays) {
      const l = o.vertexLabel[v];
      const c = l >= 0 ? o.colours[l] : null;
      if (!c) continue;
      r += (c.r - r) * alpha;
      g += (c.g - g) * alpha;
      b += (c.b - b) * alpha;
    }
    rgb[v * 3] = r;
    rgb[v * 3 + 1] = g;
    rgb[v * 3 + 2] = b;
  }
  return rgb;
}
