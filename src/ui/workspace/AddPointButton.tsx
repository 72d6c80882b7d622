import type { PointRecord } from '../../schema/point';
import { addSelectionToPlan, selectOpenPlan, useWorkspace } from '../../state/workspace';

/** "+" beside a point of the point list while a plan is open: adds it (both sides where bilateral). */
export function AddPointButton({ point }: { point: PointRecord }) {
  const planOpen = useWorkspace((s) => s.open && selectOpenPlan(s) !== undefined);
  if (!planOpen) return null;
  const key = point.sites?.[0]?.key;
  return (
    <button
      type="button"
      className="add-hit"
      aria-label={`Add ${point.code} to the plan`}
      onClick={() =>
        void addSelectionToPlan(key ? { code: point.code, key, side: 'M' } : { code: point.code, side: 'M' })
      }
    >
      + plan
    </button>
  );
}
