import { openPrint } from '../../state/workspace/printStore';

/** Opens the A4 print preview of a plan. */
export function PrintPlanButton({ planId }: { planId: string }) {
  return (
    <button type="button" onClick={() => openPrint({ kind: 'plan', planId })}>
      Print plan
    </button>
  );
}
