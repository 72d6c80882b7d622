import type { Vec3 } from '../core/vec';
import type { Layer } from '../state/layerTypes';
import type { BodyModel } from './loadBodyModel';
import { zoneAnchors } from './zoneAnchors';

/**
 * Where each NRT zone is marked (the plan's rings, the printed plan): the spot its name is written, a skin vertex of
 * the zone (zoneAnchors.ts), not its centroid, which a band wrapping round the trunk has inside the body. Keyed by
 * site id: `NRT-L4` for a back zone, `NRT-EAR-LUMBAR.L` / `.R` on each ear.
 */
export function nrtZoneSpots(layers: readonly Layer[], model: BodyModel | null): Map<string, Vec3> {
  const out = new Map<string, Vec3>();
  const nrt = layers.find((l) => l.id === 'nrt');
  if (!model || !nrt || nrt.primitive.kind !== 'zones') return out;
  const { vertexLabel, labels, parts } = nrt.primitive.zones;
  if (vertexLabel.length === model.skin.getAttribute('position').count)
    for (const a of zoneAnchors(model.skin, vertexLabel, labels)) out.set(a.text, a.position);
  for (const [name, lab] of Object.entries(parts ?? {})) {
    const g = model.parts[model.partNames.indexOf(name)];
    if (!g || g.getAttribute('position').count !== lab.length) continue;
    const side = name.endsWith('L') ? 'L' : 'R';
    for (const a of zoneAnchors(g, lab, labels)) out.set(`${a.text}.${side}`, a.position);
  }
  return out;
}
