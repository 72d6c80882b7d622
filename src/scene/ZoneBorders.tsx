import { useEffect, useMemo } from 'react';
import type * as THREE from 'three';
import type { Layer } from '../state/layerTypes';
import { useSceneStore } from './sceneStore';
import { zoneBorders } from './zoneBorders';

/**
 * The dark borders between the zones of an outlined layer (ear parts and areas) on the body's other meshes. The
 * zones' colours themselves are painted into the meshes' vertex colours (BodyMesh), not drawn here.
 */
export function ZoneBorders({ layer }: { layer: Layer }) {
  const model = useSceneStore((s) => s.model);
  const borders = useMemo(() => {
    if (!model || layer.primitive.kind !== 'zones' || !layer.primitive.zones.outline) return [];
    const out: { name: string; geometry: THREE.BufferGeometry }[] = [];
    for (const [name, vertexLabel] of Object.entries(layer.primitive.zones.parts ?? {})) {
      const src = model.parts[model.partNames.indexOf(name)];
      if (src && src.getAttribute('position').count === vertexLabel.length)
        out.push({ name, geometry: zoneBorders(src, vertexLabel) });
    }
    return out;
  }, [model, layer]);
  useEffect(() => () => borders.forEach((b) => b.geometry.dispose()), [borders]);
  return (
    <>
      {borders.map((b) => (
        <lineSegments key={b.name} geometry={b.geometry} renderOrder={2} raycast={() => null}>
          <lineBasicMaterial color="#1a1a1a" />
        </lineSegments>
      ))}
    </>
  );
}
