import * as THREE from 'three';
import type { Layer, LayerZones } from '../state/layerTypes';
import { isGroupOn, isLayerOn } from '../state/selectors';
import type { AtlasState } from '../state/store';

/** A zone under the pointer: its layer, label and the mesh it was found on. */
export interface ZoneHit {
  layer: Layer;
  zones: LayerZones;
  label: number;
  mesh: string;
  point: THREE.Vector3;
}

const ray = new THREE.Raycaster();
ray.firstHitOnly = true;
const v = new THREE.Vector3();

/** The nearest corner of the hit triangle (the vertex whose label names the spot). */
function nearestCorner(hit: THREE.Intersection): number {
  const geo = (hit.object as THREE.Mesh).geometry;
  const pos = geo.getAttribute('position');
  const f = hit.face!;
  let best = f.a;
  let bestD = Infinity;
  for (const i of [f.a, f.b, f.c]) {
    const d = v.fromBufferAttribute(pos, i).distanceToSquared(hit.point);
    if (d < bestD) [best, bestD] = [i, d];
  }
  return best;
}

/**
 * The zones of every visible zones layer at a pointer position (normalised device coordinates), topmost layer
 * first. `meshes` are the skin (named `skin`) and the other parts by glTF name.
 */
export function probeZones(
  s: Pick<AtlasState, 'layers' | 'layerOn' | 'layerListed' | 'groupOff'>,
  camera: THREE.Camera,
  ndc: THREE.Vector2,
  meshes: THREE.Mesh[],
): ZoneHit[] {
  const layers = s.layers.filter((l) => l.primitive.kind === 'zones' && isLayerOn(s, l));
  if (!layers.length || !meshes.length) return [];
  ray.setFromCamera(ndc, camera);
  const hit = ray.intersectObjects(meshes, false)[0];
  if (!hit?.face) return [];
  const vertex = nearestCorner(hit);
  const mesh = hit.object.name;
  const out: ZoneHit[] = [];
  for (const layer of [...layers].reverse()) {
    if (layer.primitive.kind !== 'zones') continue;
    const zones = layer.primitive.zones;
    const labels = mesh === 'skin' ? zones.vertexLabel : zones.parts?.[mesh];
    const label = labels && labels.length > vertex ? labels[vertex] : -1;
    if (label >= 0 && isGroupOn(s, layer.id, zones.labels[label]))
      out.push({ layer, zones, label, mesh, point: hit.point.clone() });
  }
  return out;
}

/** What hovering says about the zones under the pointer ("L5 dermatome · NRT zone L5 (schematic)"). */
export const zoneText = (hits: ZoneHit[]): string | null =>
  hits.length ? hits.map((h) => h.zones.names?.[h.label] ?? h.zones.labels[h.label]).join(' · ') : null;
