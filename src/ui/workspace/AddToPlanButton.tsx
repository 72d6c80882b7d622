import { useState } from 'react';
import { sideWords } from '../../core/planItemInfo';
import type { ItemSide } from '../../schema/records/planItem';
import type { Selection } from '../../state/atlasTypes';
import {
  addSelectionToPlan,
  planItemFor,
  selectOpenPlan,
  sidesFor,
  useWorkspace,
} from '../../state/workspace';

/**
 * "Add to plan" for the selected item, shown while a plan is open in the workspace; bilateral items offer both
 * sides, left or right (both by default).
 */
export function AddToPlanButton({ selection }: { selection: Selection }) {
  const plan = useWorkspace((s) => (s.open ? selectOpenPlan(s) : undefined));
  const sides = sidesFor(selection);
  const item = planItemFor(selection);
  const [side, setSide] = useState<ItemSide | null>(null);
  if (!plan || !item) return null;
  const chosen = side && sides.includes(side) ? side : item.side;
  return (
    <div className="add-to-plan" data-testid="add-to-plan">
      <button type="button" onClick={() => void addSelectionToPlan(selection, chosen)}>
        Add to plan
      </button>{' '}
      {sides.length > 1 && (
        <label>
          <span className="visually-hidden">Side to add</span>
          <select value={chosen} onChange={(e) => setSide(e.target.value as ItemSide)}>
            {sides.map((s) => (
              <option key={s} value={s}>
                {sideWords({ ...item, side: s })}
              </option>
            ))}
          </select>
        </label>
      )}{' '}
      <span className="muted small">“{plan.title}”</span>
    </div>
  );
}
