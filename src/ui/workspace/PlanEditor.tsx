import { selectOpenPlan, useWorkspace } from '../../state/workspace';
import { useItemLookups } from './useItemLookups';
import { usePlanWarnings } from './usePlanWarnings';
import { AskBeforeList } from './AskBeforeList';
import { PickModeToggle } from './PickModeToggle';
import { PlanItemList } from './PlanItemList';
import { PlanTitle } from './PlanTitle';
import { PlanWarnings } from './PlanWarnings';
import { PrintPlanButton } from './PrintPlanButton';

/**
 * The open plan: its title, pick mode, the items in order (edit, reorder by keyboard, buttons or drag, remove), and
 * the safety warnings computed for the client, each with why, evidence and sources.
 */
export function PlanEditor() {
  const plan = useWorkspace(selectOpenPlan);
  const warnings = usePlanWarnings(plan);
  const lookups = useItemLookups();
  const lastAdded = useWorkspace((s) => s.lastAdded);
  if (!plan) return null;
  return (
    <section className="plan-editor" aria-label={`Plan ${plan.title}`} data-testid="plan-editor">
      <PlanTitle plan={plan} />
      <PickModeToggle />
      <p className="muted small">
        Add items with “Add to plan” in a point&apos;s panel, from search results or the point list, or by
        picking on the body.
      </p>
      <p className="last-added small" role="status" data-testid="plan-last-added">
        {lastAdded}
      </p>
      <PlanItemList plan={plan} lookups={lookups} warnings={warnings} />
      <PlanWarnings plan={plan} warnings={warnings} />
      <AskBeforeList />
      <PrintPlanButton planId={plan.id} />
    </section>
  );
}
