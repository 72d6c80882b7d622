import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { srgbOf } from '../core/colour';
import { commitBillboards, createBillboards, setBillboard } from './billboards';
import { createBillboardMaterial } from './billboardMaterial';
import { PlanLabels } from './PlanLabels';
import { usePlanSites } from './usePlanSites';
import { useScreenMaterial } from './useScreenMaterial';

/** The plan's colour: a violet no layer uses, so the plan's rings read apart from the layers' markers. */
export const PLAN_COLOUR = '#7048e8';

/**
 * The open plan's items on the body: a ring in the plan colour around each site (both sides of bilateral items),
 * with the item's order number beside it. One merged geometry, one draw, the billboard shader the markers use.
 */
export function PlanMarkers() {
  const sites = usePlanSites();
  const { invalidate } = useThree();
  const material = useMemo(() => createBillboardMaterial('ring'), []);
  useScreenMaterial(material);
  const capacity = Math.max(8, sites.length);
  const geometry = useMemo(() => createBillboards(capacity, 'aState'), [capacity]);

  useEffect(() => () => geometry.dispose(), [geometry]);

  useEffect(() => {
    // the billboard shader writes its colour as it is (no output conversion): hand it the sRGB values, so the ring
    // shows the same violet as the plan's numbers and the editor
    const colour = srgbOf(PLAN_COLOUR);
    sites.forEach((s, i) => setBillboard(geometry, i, s.position, colour));
    commitBillboards(geometry, sites.length);
    invalidate();
  }, [sites, geometry, invalidate]);

  if (sites.length === 0) return null;
  return (
    <>
      <mesh
        name="plan-markers"
        geometry={geometry}
        material={material}
        frustumCulled={false}
        renderOrder={3}
        raycast={() => null}
      />
      <PlanLabels sites={sites} />
    </>
  );
}
