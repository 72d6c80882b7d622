import type { SearchDoc } from '../../core/search';
import {
  addSelectionToPlan,
  selectOpenPlan,
  selectionOfSearchDoc,
  useWorkspace,
} from '../../state/workspace';

/** "+ plan" on a search result while a plan is open (what a plan cannot hold gets no button). */
export function AddSearchHitButton({ doc }: { doc: SearchDoc }) {
  const planOpen = useWorkspace((s) => s.open && selectOpenPlan(s) !== undefined);
  const sel = selectionOfSearchDoc(doc);
  if (!planOpen || !sel) return null;
  return (
    <button
      type="button"
      className="add-hit"
      aria-label={`Add ${doc.ref} to the plan`}
      tabIndex={-1}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        e.stopPropagation();
        void addSelectionToPlan(sel);
      }}
    >
      + plan
    </button>
  );
}
