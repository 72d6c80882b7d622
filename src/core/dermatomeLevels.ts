/**
 * The root levels a dermatome map names, in cranio-caudal order (contracts §3 `dermatomes.json`). C1 has no
 * dermatome; S4 and S5 are drawn as one perianal level.
 */
export const DERMATOME_LEVELS = [
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
  'S2',
  'S3',
  'S4-5',
] as const;

export type DermatomeLevel = (typeof DERMATOME_LEVELS)[number];

/** Index of a level in DERMATOME_LEVELS (−1 for an unknown name). */
export const levelIndex = (level: string): number => (DERMATOME_LEVELS as readonly string[]).indexOf(level);

export const isDermatomeLevel = (s: string): s is DermatomeLevel => levelIndex(s) >= 0;

/**
 * The levels that meet on the trunk and neck, in order: C5 to T1 go out to the arm, so on the trunk C4 borders T2
 * (the axial line of the chest). Below S3 the perianal S4-5 is drawn by its own rule.
 */
export const TRUNK_SEQUENCE: readonly DermatomeLevel[] = [
  'C2',
  'C3',
  'C4',
  ...DERMATOME_LEVELS.slice(8, 27),
] as DermatomeLevel[];

/** The level of a continuous trunk index (0 = C2), rounded to the nearest band and clamped. */
export function trunkLevel(index: number): DermatomeLevel {
  const i = Math.min(TRUNK_SEQUENCE.length - 1, Math.max(0, Math.round(index)));
  return TRUNK_SEQUENCE[i];
}
