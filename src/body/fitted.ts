import { UNIT_FIT, type BodyFit } from './assemble';
import fitted from './fitted.json';

/**
 * Girth scale factors found by the fitting loop (`npm run models -- --fit` rewrites fitted.json),
 * per shipped body; any body not listed uses the unit fit.
 */
export function fittedFor(id: string): BodyFit {
  return { ...UNIT_FIT, ...(fitted as Record<string, Partial<BodyFit>>)[id] };
}
