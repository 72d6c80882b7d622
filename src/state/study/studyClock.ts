/**
 * The study mode's clock: the device's time, moved on by `advanceStudyClock` (the end-to-end tests' way to make a
 * card fall due without waiting days). Nothing else in the app reads it.
 */
let offsetMs = 0;

export const studyNow = (): Date => new Date(Date.now() + offsetMs);

export function advanceStudyClock(days: number): void {
  offsetMs += days * 86_400_000;
}
