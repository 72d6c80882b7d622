import type { Side } from '../schema/common';
import type { UnitId } from '../schema/recipe';
import type { Vec3 } from './vec';

/** One step of how a site was found, for the cun ruler and its words. */
export interface DerivationStep {
  /** Plain-language description of the step ("3 B-cun from LI11 toward LI5"). */
  text: string;
  /** The skin path walked in this step, from its start to its end (≥ 2 points). */
  path: Vec3[];
  /** Distance walked in cun of `unit`, if the step measured one. */
  cun?: number;
  unit?: UnitId;
  /**
   * For a step measured on a proportional segment's axis (or a level across it): the level at its start and end, in
   * B-cun from the segment's first landmark (`unit`'s segment), so the ruler can mark the proportion.
   */
  along?: { from: number; to: number };
}

/** The proportional segment that gave the B-cun for a step. */
export interface SegmentUsed {
  unit: UnitId;
  /** Human name of the segment ("cubital crease → wrist crease"). */
  label: string;
  from: Vec3;
  to: Vec3;
  /** Its length in B-cun (the table value) and in metres on this body. */
  cun: number;
  metres: number;
}

/** How a site was found: the segments used and each step. */
export interface Derivation {
  start: string;
  steps: DerivationStep[];
  segments: SegmentUsed[];
}

/** A resolved location on the skin. */
export interface SiteLocation {
  position: Vec3;
  /** Unit outward skin normal. */
  normal: Vec3;
  derivation: Derivation;
}

/** A point site on one side of one body: contracts §3 `points.json` entries plus the derivation. */
export interface ResolvedSite extends SiteLocation {
  /** `<code>.<side>`, `<code>`, or `<code>:<key>.<side>` (contracts §3). */
  id: string;
  code: string;
  key?: string;
  side: Side;
  layer: string;
  surface: 'body' | 'ear';
  sources: string[];
  /**
   * False for a point that lies off the skin (on the tongue or the nasal mucosa): its position is a schematic marker
   * on the skin nearest to where it lies, not the site itself.
   */
  onSkin?: false;
  /** The alternative location of a controversial point, resolved the same way. */
  alternative?: SiteLocation;
}
