import { useMemo } from 'react';
import type { Vec3 } from '../core/vec';
import type { Layer } from '../state/layerTypes';
import { FatLines } from './FatLines';
import { useSceneStore } from './sceneStore';
import { zoneBorders } from './zoneBorders';

const BORDER: readonly [number, number, number] = [0.1, 0.1, 0.1];

/**
 * The dark borders between the zones of an outlined layer (ear parts and areas) on the body's other meshes. The
 * zones' colours themselves are painted into the meshes' vertex colours (BodyMesh), not drawn here. Drawn with the
 * channel lines' material: one shader program fewer to compile before the first frame.
 */
export function ZoneBorders({ layer }: { layer: Layer }) {
  const model = useSceneStore((s) => s.model);
  const borders = useMemo(() => {
    if (!model || layer.primitive.kind !== 'zones' || !layer.primitive.zones.outline) return [];
    const out: { name: string; points: Vec3[]; colours: (typeof BORDER)[] }[] = [];
    for (const [name, vertexLabel] of Object.entries(layer.primitive.zones.parts ?? {})) {
      const src = model.parts[model.partNames.indexOf(name)];
      if (!src || src.getAttribute('position').count !== vertexLabel.length) continue;
      const g = zoneBorders(src, vertexLabel);
      const p = g.getAttribute('position');
      const points: Vec3[] = [];
      for (let i = 0; i < p.count; i++) points.push([p.getX(i), p.getY(i), p.getZ(i)]);
      g.dispose();
      out.push({ name, points, colours: points.map(() => BORDER) });
    }
    return out;
  }, [model, layer]);
  return (
    <>
      {borders.map((b) => (
        <FatLines key={b.name} points={b.points} colours={b.colours} lineWidth={1.2} renderOrder={2} />
      ))}
    </>
  );
}
