import { create } from 'zustand';

/** What is being printed: a plan, or a client's progress report; null when the print view is closed. */
export type PrintJob = { kind: 'plan'; planId: string } | { kind: 'progress'; clientId: string };

export const usePrintStore = create<{ job: PrintJob | null }>()(() => ({ job: null }));

/** Opens the print view for a job (its preview shows first; the practitioner prints from there). */
export const openPrint = (job: PrintJob): void => usePrintStore.setState({ job });
export const closePrint = (): void => usePrintStore.setState({ job: null });
