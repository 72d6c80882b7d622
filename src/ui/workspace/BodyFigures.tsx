import { useEffect, useState } from 'react';
import { siteIdsOf } from '../../core/planItems';
import type { PlanItem } from '../../schema/records/planItem';
import { useAtlasStore } from '../../state/store';
import { captureView, type CapturedView } from '../../state/workspace/viewCapture';
import { MarkedFigure } from './MarkedFigure';

const SIZE = { width: 480, height: 900 };

/**
 * The body from the front and from the back, captured from the app's own 3D view with the plan's items marked and
 * numbered as in the table. Captured once the view has drawn; without a 3D view the print says so.
 */
export function BodyFigures({ items }: { items: PlanItem[] }) {
  const ready = useAtlasStore((s) => s.frameReady);
  const [views, setViews] = useState<CapturedView[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const req = items.map((item, i) => ({ n: i + 1, code: item.code, siteIds: siteIdsOf(item) }));
    // after the preview has painted: the capture resizes the 3D view's drawing buffer for a moment
    const frame = requestAnimationFrame(() => {
      const front = captureView({ view: 'front', ...SIZE, items: req });
      const back = captureView({ view: 'back', ...SIZE, items: req });
      if (front && back) setViews([front, back]);
      else setFailed(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, items]);
  if (failed || (!ready && !views))
    return (
      <p className="print-figures-missing" data-figures="missing">
        {failed
          ? 'The body figures are left out: the 3D view is not available in this browser.'
          : 'Drawing the body figures…'}
      </p>
    );
  if (!views) return null;
  const unmarked = items.filter((_, i) => !views.some((v) => v.marks.some((m) => m.n === i + 1)));
  return (
    <div className="print-figures" data-figures="ready">
      {views.map((v) => (
        <MarkedFigure key={v.view} view={v} />
      ))}
      {unmarked.length > 0 && (
        <p className="muted">
          Not marked on the figures (not drawn on this body): {unmarked.map((i) => i.code).join(', ')}.
        </p>
      )}
    </div>
  );
}
