import { PlanLabels } from './PlanLabels';
import { SiteRings } from './SiteRings';
import { usePlanSites } from './usePlanSites';

/** The plan's colour: a violet no layer uses, so the plan's rings read apart from the layers' markers. */
export const PLAN_COLOUR = '#7048e8';

/**
 * The open plan's items on the body: a ring in the plan colour around each site (both sides of bilateral items),
 * with the item's order number beside it.
 */
export function PlanMarkers() {
  const sites = usePlanSites();
  if (sites.length === 0) return null;
  return (
    <>
      <SiteRings name="plan-markers" sites={sites} colour={PLAN_COLOUR} renderOrder={3} />
      <PlanLabels sites={sites} />
    </>
  );
}
