import { useMemo } from 'react';
import { srgbOf, type Rgb } from '../core/colour';
import type { Vec3 } from '../core/vec';
import type { Layer } from '../state/layerTypes';
import { isGroupOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { FatLines } from './FatLines';

/**
 * A lines layer: every visible line of the layer in one merged geometry of screen-space segments with per-vertex
 * colours (one draw call, FatLines; paths come lifted off the skin). Switched-off groups are left out of the batch.
 */
export function LineLayer({ layer }: { layer: Layer }) {
  const groupOff = useAtlasStore((s) => s.groupOff);
  const batch = useMemo(() => {
    if (layer.primitive.kind !== 'lines') return null;
    const colours = new Map(layer.groups.map((g) => [g.id, srgbOf(g.colour)]));
    const points: Vec3[] = [];
    const vertexColors: Rgb[] = [];
    for (const l of layer.primitive.lines) {
      if (!isGroupOn({ groupOff }, layer.id, l.group)) continue;
      const c = colours.get(l.group) ?? srgbOf(layer.colour);
      for (let i = 1; i < l.path.length; i++) {
        points.push(l.path[i - 1], l.path[i]);
        vertexColors.push(c, c);
      }
    }
    return points.length ? { points, vertexColors } : null;
  }, [layer, groupOff]);
  if (!batch) return null;
  return (
    <group name={`layer-${layer.id}`}>
      <FatLines points={batch.points} colours={batch.vertexColors} lineWidth={2.5} />
    </group>
  );
}
