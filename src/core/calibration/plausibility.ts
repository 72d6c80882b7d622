import { isBilateralLandmark } from '../landmarkNames';
import { landmarkKey } from '../refs';
import { UNIT_SEGMENTS } from '../units';
import { distance, type Vec3 } from '../vec';

/** A proportional segment whose length is out of keeping with the rest of the body. */
export interface SegmentFlag {
  unit: string;
  side: 'L' | 'R' | 'M';
  label: string;
  /** The segment's length divided by the body's height. */
  ratio: number;
  /** The same ratio on the reference body. */
  expected: number;
  /** ratio / expected − 1: +0.3 is 30 % too long. */
  off: number;
}

/** The share a segment may be off the reference body's proportions before it is flagged. */
export const SEGMENT_TOLERANCE = 0.25;

const stature = (lm: Record<string, Vec3>) => lm.vertex[1] - Math.min(lm['heel.L'][1], lm['heel.R'][1]);

/**
 * Flags every B-cun segment (WHO 2008 proportional segments) whose length, as a share of the body's height,
 * differs by more than 25 % from the same share on a reference body: most often a landmark placed wrong.
 * Lengths are straight lines here; that is enough to catch a misplaced landmark.
 */
export function implausibleSegments(
  landmarks: Record<string, Vec3>,
  reference: Record<string, Vec3>,
  tolerance = SEGMENT_TOLERANCE,
): SegmentFlag[] {
  const flags: SegmentFlag[] = [];
  const [h, hRef] = [stature(landmarks), stature(reference)];
  for (const [unit, seg] of Object.entries(UNIT_SEGMENTS)) {
    const bilateral = [seg.from, seg.to].some((n) => isBilateralLandmark(n));
    for (const side of bilateral ? (['L', 'R'] as const) : (['M'] as const)) {
      const ends = (lm: Record<string, Vec3>) =>
        [lm[landmarkKey(seg.from, side)], lm[landmarkKey(seg.to, side)]] as const;
      const [a, b] = ends(landmarks);
      const [ra, rb] = ends(reference);
      if (!a || !b || !ra || !rb) continue;
      const ratio = distance(a, b) / h;
      const expected = distance(ra, rb) / hRef;
      const off = ratio / expected - 1;
      if (Math.abs(off) > tolerance) flags.push({ unit, side, label: seg.label, ratio, expected, off });
    }
  }
  return flags;
}
