import { createPortal } from 'react-dom';
import './print.css';
import { closePrint, usePrintStore } from '../../state/workspace/printStore';
import { PlanPrint } from './PlanPrint';
import { ProgressPrint } from './ProgressPrint';

/**
 * The print preview: A4 sheets over the app with Print and Close. It is a sibling of the app's root, so the print
 * stylesheet can hide the app and print the sheets alone. The 3D view stays mounted beneath (it draws the figures).
 */
export function PrintView() {
  const job = usePrintStore((s) => s.job);
  if (!job) return null;
  return createPortal(
    <div className="print-view" role="dialog" aria-modal="true" aria-label="Print preview">
      <div className="print-toolbar">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={closePrint}>
          Close
        </button>
        <span className="muted">A4; the sheets below are what prints.</span>
      </div>
      {job.kind === 'plan' ? <PlanPrint planId={job.planId} /> : <ProgressPrint clientId={job.clientId} />}
    </div>,
    document.body,
  );
}
