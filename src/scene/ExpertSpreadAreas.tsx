import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { srgbOf } from '../core/colour';
import { EXPERT_SPREAD_LAYER } from '../core/layerIds';
import type { Surface } from '../core/surface';
import { createSurface } from '../mesh/surface';
import type { SkinGeometry } from '../state/atlasTypes';
import { EXPERT_SPREAD_COLOUR } from '../state/expertSpreadLayer';
import { isGroupOn, isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { createAreaMaterial, expertAreaBatch } from './expertAreaGeometry';
import { FatLines } from './FatLines';

/** The skin's surface index, built the first time the areas are switched on for a body and kept with its skin. */
const surfaces = new WeakMap<SkinGeometry, Surface>();
const surfaceOf = (skin: SkinGeometry): Surface => {
  let s = surfaces.get(skin);
  if (!s) surfaces.set(skin, (s = createSurface(skin)));
  return s;
};

const COLOUR = srgbOf(EXPERT_SPREAD_COLOUR);

/**
 * The expert-spread areas while their layer is on: every measured point's area as a translucent patch over the skin
 * (all in one draw) with a solid outline (one more). The markers at their centres belong to the layer's points and
 * carry hover and click like every other marker.
 */
export function ExpertSpreadAreas() {
  const invalidate = useThree((s) => s.invalidate);
  const skin = useAtlasStore((s) => s.skin);
  const layer = useAtlasStore((s) => s.layers.find((l) => l.id === EXPERT_SPREAD_LAYER));
  const on = useAtlasStore((s) => {
    const l = s.layers.find((x) => x.id === EXPERT_SPREAD_LAYER);
    return !!l && isLayerOn(s, l) && isGroupOn(s, l.id, 'measured');
  });
  const batch = useMemo(() => {
    if (!on || !skin || layer?.primitive.kind !== 'points') return null;
    return expertAreaBatch(surfaceOf(skin), layer.primitive.points);
  }, [on, skin, layer]);
  const material = useMemo(() => createAreaMaterial(COLOUR, 0.35), []);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => batch?.fill.dispose(), [batch]);
  const colours = useMemo(() => batch?.outline.map(() => COLOUR) ?? [], [batch]);
  useEffect(() => invalidate(), [batch, invalidate]);
  if (!batch) return null;
  return (
    <group name="layer-expert-spread">
      <mesh
        name="expert-areas"
        geometry={batch.fill}
        material={material}
        renderOrder={1}
        raycast={() => null}
      />
      <FatLines name="expert-area-outlines" points={batch.outline} colours={colours} lineWidth={2} />
    </group>
  );
}
