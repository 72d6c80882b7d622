import { SiteRings } from './SiteRings';
import { useSitePoints, useTourScene } from './useTourScene';

/** The highlight colour of tours: a bright yellow, read on the skin and against every layer colour. */
export const HIGHLIGHT_COLOUR = '#ffd400';

/** About 30 px at 1080 lines, never under 22 px, so that it reads from the back of a lecture hall. */
const ringSize = (height: number) => Math.max(22, height * 0.028);

/** The highlighted sites of the tour scene on screen: a ring in the highlight colour around each marker. */
export function TourHighlights() {
  const scene = useTourScene();
  const points = useSitePoints(scene?.highlights ?? []);
  return (
    <SiteRings
      name="tour-highlights"
      sites={points}
      colour={HIGHLIGHT_COLOUR}
      renderOrder={2}
      sizeFor={ringSize}
    />
  );
}
