import { useMemo } from 'react';
import { Line } from '@react-three/drei';
import type { Vec3 } from '../core/vec';
import type { Layer } from '../state/layerTypes';
import { isGroupOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/** A lines layer: one screen-space polyline per line, in its group's colour (paths come lifted off the skin). */
export function LineLayer({ layer }: { layer: Layer }) {
  const groupOff = useAtlasStore((s) => s.groupOff);
  const lines = useMemo(() => {
    if (layer.primitive.kind !== 'lines') return [];
    const colours = new Map(layer.groups.map((g) => [g.id, g.colour]));
    return layer.primitive.lines.map((l) => ({
      group: l.group,
      colour: colours.get(l.group) ?? layer.colour,
      path: l.path,
    }));
  }, [layer]);
  return (
    <group name={`layer-${layer.id}`}>
      {lines.map((l, i) =>
        isGroupOn({ groupOff }, layer.id, l.group) && l.path.length >= 2 ? (
          <Line key={i} points={l.path as Vec3[]} color={l.colour} lineWidth={2.5} />
        ) : null,
      )}
    </group>
  );
}
