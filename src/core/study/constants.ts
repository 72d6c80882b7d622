/** The tolerance a locate answer is counted right within, in B-cun, unless the student sets another. */
export const DEFAULT_TOLERANCE_BCUN = 0.5;
