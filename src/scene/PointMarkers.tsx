import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { srgbOf } from '../core/colour';
import { siteIdOf } from '../state/atlasTypes';
import { useAtlasStore } from '../state/store';
import { commitBillboards, createBillboards, setBillboard, setBillboardValue } from './billboards';
import { createBillboardMaterial } from './billboardMaterial';
import { useVisibleMarkers } from './useVisibleMarkers';
import { useScreenMaterial } from './useScreenMaterial';

/** Every visible point of every points layer: screen-facing discs, all in one merged geometry and one draw. */
export function PointMarkers() {
  const markers = useVisibleMarkers();
  const hovered = useAtlasStore((s) => s.hovered);
  const selection = useAtlasStore((s) => s.selection);
  const { invalidate } = useThree();
  const material = useMemo(() => createBillboardMaterial('disc'), []);
  useScreenMaterial(material);
  const capacity = Math.max(1, markers.length);
  const geometry = useMemo(() => createBillboards(capacity, 'aState'), [capacity]);

  useEffect(() => () => geometry.dispose(), [geometry]);

  useEffect(() => {
    markers.forEach(({ point, colour }, i) => setBillboard(geometry, i, point.position, srgbOf(colour)));
    commitBillboards(geometry, markers.length);
    invalidate();
  }, [markers, geometry, invalidate]);

  useEffect(() => {
    const sel = selection ? siteIdOf(selection) : null;
    markers.forEach(({ point }, i) => {
      setBillboardValue(geometry, 'aState', i, point.id === sel ? 2 : point.id === hovered ? 1 : 0);
    });
    geometry.getAttribute('aState').needsUpdate = true;
    invalidate();
  }, [markers, hovered, selection, geometry, invalidate]);

  return (
    <mesh
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={2}
      raycast={() => null}
    />
  );
}
