import { lazy, Suspense } from 'react';
import { useTourStore } from '../../state/tours/tourStore';

// the tours panel and its editor (with zod, to check imports) load when the tours are first opened
const ToursPanel = lazy(() => import('./ToursPanel').then((m) => ({ default: m.ToursPanel })));

/** Where the tours panel goes; its code is fetched the first time it opens, never on the way to the first frame. */
export function ToursPanelSlot() {
  const open = useTourStore((s) => s.panelOpen);
  return open ? (
    <Suspense fallback={<p className="muted">Loading the tours…</p>}>
      <ToursPanel />
    </Suspense>
  ) : null;
}
