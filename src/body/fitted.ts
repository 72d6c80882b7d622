import { UNIT_FIT, type BodyFit } from './assemble';

/** Girth scale factors found by the fitting loop (`npm run models -- --fit`), per shipped body. */
export const FITTED: Record<string, BodyFit> = {
  female: { ...UNIT_FIT },
  male: { ...UNIT_FIT },
};
