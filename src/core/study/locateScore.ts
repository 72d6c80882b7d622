import type { Region } from '../../schema/point';
import type { UnitId } from '../../schema/recipe';
import type { Derivation, SegmentUsed, SiteLocation } from '../sites';
import { FINGER_CUN, UNIT_SEGMENTS } from '../units';
import type { Vec3 } from '../vec';
import { DEFAULT_TOLERANCE_BCUN } from './constants';
import { distance, dot, length, normalize, scale, sub } from '../vec';

/** The part of a proportional segment the score needs: its ends and its length in B-cun and metres. */
export type ScoreSegment = Pick<SegmentUsed, 'unit' | 'label' | 'from' | 'to' | 'cun' | 'metres'>;

/** How far a click lies from the true site, in B-cun of the site's segment and in millimetres. */
export interface LocateScore {
  /** Distance click → site in B-cun of `segment` (B-cun = segment length / its cun count), over the skin if walked. */
  bcun: number;
  /** Signed offset along the segment's axis (from → to) and the unsigned offset across it, in B-cun. */
  along: number;
  across: number;
  mm: number;
  /** True when `bcun` is within the tolerance. */
  right: boolean;
  segment: ScoreSegment;
}

export { DEFAULT_TOLERANCE_BCUN } from './constants';

/** The length of one B-cun of a segment, in metres. */
export const bcunMetres = (seg: Pick<SegmentUsed, 'cun' | 'metres'>): number => seg.metres / seg.cun;

/**
 * The segment whose B-cun scores a site: the one its derivation measured the longest step with (a proportional
 * segment before the finger cun when both measured equally), else the first segment it names; undefined when the
 * derivation measured nothing (the site lies on a landmark).
 */
export function scoreSegment(derivation: Derivation): SegmentUsed | undefined {
  const used = new Map<UnitId, number>();
  for (const s of derivation.steps) {
    if (s.unit && s.cun !== undefined) used.set(s.unit, (used.get(s.unit) ?? 0) + s.cun);
  }
  const ranked = [...derivation.segments].sort(
    (a, b) =>
      (used.get(b.unit) ?? 0) - (used.get(a.unit) ?? 0) || Number(a.unit === 'F') - Number(b.unit === 'F'),
  );
  return ranked[0];
}

/** Options of a score: the tolerance in B-cun and the click → site distance over the skin, if walked. */
export interface ScoreOptions {
  tolerance?: number;
  /** Metres walked over the skin from the site to the click (skinWalk `walkTo`); the straight line if absent. */
  overSkin?: number;
}

/**
 * Scores a click against a site on the given segment. The distance is the one over the skin when given (cun are
 * measured over the skin, as the engine walks them), else the straight line; it is split along the segment's axis
 * and across it in the proportions of the straight offset.
 */
export function locateScore(
  click: Vec3,
  site: Vec3,
  segment: ScoreSegment,
  options: ScoreOptions = {},
): LocateScore {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_BCUN;
  const unit = bcunMetres(segment);
  const offset = sub(click, site);
  const chord = length(offset);
  const metres = options.overSkin ?? chord;
  const axis = normalize(sub(segment.to, segment.from));
  const k = chord > 0 ? metres / chord : 0;
  const alongM = dot(offset, axis) * k;
  const acrossM = length(sub(offset, scale(axis, dot(offset, axis)))) * k;
  const bcun = metres / unit;
  return {
    bcun,
    along: alongM / unit,
    across: acrossM / unit,
    mm: metres * 1000,
    right: bcun <= tolerance,
    segment,
  };
}

/** The segment each region measures by when a site's derivation measured nothing (reference-facts §1). */
export const REGION_UNIT: Record<Region, UnitId> = {
  head: 'head_long',
  face: 'head_brow',
  neck: 'chest_upper',
  chest: 'chest_upper',
  'upper-abdomen': 'abdomen_upper',
  'lower-abdomen': 'abdomen_lower',
  'upper-back': 'back_scapulae',
  'lower-back': 'back_scapulae',
  'sacrum-buttock': 'back_scapulae',
  shoulder: 'upper_arm',
  'upper-arm': 'upper_arm',
  forearm: 'forearm',
  hand: 'F',
  'hip-thigh': 'thigh_lateral',
  'knee-leg': 'leg_lateral',
  foot: 'ankle_height',
};

/**
 * A region's fallback segment built from the body's landmarks as a straight chord (the engine measures the scalp
 * segments over the skin, so on the head this B-cun is a little short). Landmark names as in units.ts; bare
 * bilateral names take `.L`.
 */
export function regionSegment(region: Region, landmarks: Record<string, Vec3>): ScoreSegment | undefined {
  const unit = REGION_UNIT[region];
  if (!unit) return undefined;
  const spec =
    unit === 'F'
      ? { from: FINGER_CUN.from, to: FINGER_CUN.to, cun: 1 / FINGER_CUN.fraction, label: FINGER_CUN.label }
      : UNIT_SEGMENTS[unit];
  const at = (name: string) => landmarks[name] ?? landmarks[`${name}.L`];
  const from = at(spec.from);
  const to = at(spec.to);
  if (!from || !to) return undefined;
  return { unit, label: spec.label, from, to, cun: spec.cun, metres: distance(from, to) };
}

/** A locate answer: the site it was scored against (the nearer side of a bilateral point) and the score. */
export interface LocateAnswer {
  siteId: string;
  score: LocateScore;
  /** True when the site's derivation measured nothing (it lies at a landmark) and the region's segment scored it. */
  byRegion: boolean;
}

/**
 * Scores a click against the sites of an item (both sides of a bilateral point; the nearer one counts), each on the
 * segment its derivation names, else on `fallback`. `overSkin(a, b)` gives the distance over the skin, if known.
 */
export function scoreClick(
  click: Vec3,
  sites: readonly Pick<SiteLocationWithId, 'id' | 'position' | 'derivation'>[],
  fallback: ScoreSegment | undefined,
  tolerance: number,
  overSkin?: (a: Vec3, b: Vec3) => number,
): LocateAnswer | undefined {
  const nearest = [...sites].sort((a, b) => distance(a.position, click) - distance(b.position, click))[0];
  if (!nearest) return undefined;
  const own = scoreSegment(nearest.derivation);
  const segment = own ?? fallback;
  if (!segment) return undefined;
  const metres = overSkin?.(nearest.position, click);
  return {
    siteId: nearest.id,
    byRegion: !own,
    score: locateScore(click, nearest.position, segment, { tolerance, overSkin: metres }),
  };
}

type SiteLocationWithId = SiteLocation & { id: string };
