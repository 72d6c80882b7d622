import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { srgbOf } from '../core/colour';
import { commitBillboards, createBillboards, setBillboard } from './billboards';
import { createBillboardMaterial } from './billboardMaterial';
import { useScreenMaterial } from './useScreenMaterial';
import { useSitePoints, useTourScene } from './useTourScene';

/** The highlight colour of tours: a bright yellow, read on the skin and against every layer colour. */
export const HIGHLIGHT_COLOUR = '#ffd400';

/** About 30 px at 1080 lines, never under 22 px. */
const ringSize = (height: number) => Math.max(22, height * 0.028);

/**
 * The highlighted sites of the tour scene on screen: a ring in the highlight colour around each marker, sized to the
 * view (about 30 px at 1080 lines, never under 22 px), so that it reads from the back of a lecture hall.
 */
export function TourHighlights() {
  const scene = useTourScene();
  const points = useSitePoints(scene?.highlights ?? []);
  const { invalidate } = useThree();
  const material = useMemo(() => createBillboardMaterial('ring'), []);
  useScreenMaterial(material, ringSize);
  const capacity = Math.max(8, points.length);
  const geometry = useMemo(() => createBillboards(capacity, 'aState'), [capacity]);
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
