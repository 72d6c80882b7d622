import { useTourStore } from '../../state/tours/tourStore';
import { LazyPart } from '../LazyPart';

// the tours panel and its editor (with zod, to check imports) load when the tours are first opened
const loadToursPanel = () => import('./ToursPanel').then((m) => m.ToursPanel);

/** Where the tours panel goes; its code is fetched the first time it opens, never on the way to the first frame. */
export function ToursPanelSlot() {
  const open = useTourStore((s) => s.panelOpen);
  return open ? <LazyPart load={loadToursPanel} what="tours" props={{}} /> : null;
}
