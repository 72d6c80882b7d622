import { useMemo } from 'react';
import { Line } from '@react-three/drei';
import type { Vec3 } from '../core/vec';
import type { Layer } from '../state/layerTypes';
import { isGroupOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { liftLineOffSkin } from './liftLineOffSkin';
import { useSceneStore } from './sceneStore';

/** A lines layer: one screen-space polyline per line, in its group's colour, lifted off the skin. */
export function LineLayer({ layer }: { layer: Layer }) {
  const groupOff = useAtlasStore((s) => s.groupOff);
  const skin = useSceneStore((s) => s.model?.skin ?? null);
  const lines = useMemo(() => {
    if (layer.primitive.kind !== 'lines') return [];
    const colours = new Map(layer.groups.map((g) => [g.id, g.colour]));
    return layer.primitive.lines.map((l) => ({
      group: l.group,
      colour: colours.get(l.group) ?? layer.colour,
      path: skin ? liftLineOffSkin(l.path, skin, 0.0025) : l.path,
    }));
  }, [layer, skin]);
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
