import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { srgbOf } from '../core/colour';
import { commitBillboards, createBillboards, setBillboard } from './billboards';
import { createBillboardMaterial } from './billboardMaterial';
import { useScreenMaterial } from './useScreenMaterial';
import { useSitePoints, useTourScene } from './useTourScene';

/** The highlight colour of tours: a bright yellow, read on the skin and against every layer colour. */
export const HIGHLIGHT_COLOUR = '#ffd400';

/** The highlighted sites of the tour scene on screen: a large disc in the highlight colour behind each marker. */
export function TourHighlights() {
  const scene = useTourScene();
  const points = useSitePoints(scene?.highlights ?? []);
  const { invalidate } = useThree();
  const material = useMemo(() => createBillboardMaterial('frame'), []);
  useScreenMaterial(material);
  const capacity = Math.max(8, points.length);
  const geometry = useMemo(() => createBillboards(capacity, 'aShape'), [capacity]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => {
    const colour = srgbOf(HIGHLIGHT_COLOUR);
    points.forEach((p, i) => setBillboard(geometry, i, p.position, colour));
    commitBillboards(geometry, points.length);
    invalidate();
  }, [points, geometry, invalidate]);
  if (points.length === 0) return null;
  return (
    <mesh
      name="tour-highlights"
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={2}
      raycast={() => null}
    />
  );
}
