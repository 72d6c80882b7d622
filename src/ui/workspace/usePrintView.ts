import { openPrint, type PrintJob } from '../../state/workspace/printStore';

/** The action that opens the print preview of a plan or a progress report. */
export const usePrintView = (): ((job: PrintJob) => void) => openPrint;
