import { usePrintStore } from '../../state/workspace/printStore';
import { LazyPart } from '../LazyPart';

const loadPrintView = () => import('./PrintView').then((m) => m.PrintView);

/** The print preview, its code fetched when something is first printed. */
export function PrintViewSlot() {
  const job = usePrintStore((s) => s.job);
  return job ? <LazyPart load={loadPrintView} what="print preview" props={{}} /> : null;
}
