import type { Sex } from '../core/ansur';

export { ANSUR, type AnsurTargets, type GirthName } from '../core/ansur';

/** What the generator is asked to build. */
export interface BodyParams {
  id: string;
  sex: Sex;
  /** Stature in metres. */
  stature: number;
  /** Soft-tissue build: 0 = ANSUR II mean, ±1 ≈ ±1 SD of the girths. */
  build: number;
}

/** The two bodies the project ships. */
export const SHIPPED_BODIES: BodyParams[] = [
  { id: 'female', sex: 'female', stature: 1.63, build: 0 },
  { id: 'male', sex: 'male', stature: 1.76, build: 0 },
];

/** Looks a shipped body up by id. */
export function shippedBody(id: string): BodyParams | undefined {
  return SHIPPED_BODIES.find((b) => b.id === id);
}
