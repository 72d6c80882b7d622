import type { BodyParams } from './params';
import { armPart, axillaApex, type ArmFit } from './parts/arm';
import { footPart } from './parts/foot';
import { handPart } from './parts/hand';
import { headPart, type HeadFit } from './parts/head';
import { legPart, UNIT_LEG_FIT, type LegFit } from './parts/leg';
import { joinParts, type Part } from './parts/part';
import { torsoDetails } from './parts/torso';
import { crotchGap, trunkShapes, UNIT_TRUNK_FIT, type TrunkFit } from './parts/trunk';
import { fieldSdf } from './sdf/field';
import { snapper } from './sdf/snap';
import { buildSkeleton, type Skeleton } from './skeleton';

/** All girth scale factors, adjusted by the fitting loop (1 = the hand-set shape). */
export type BodyFit = TrunkFit & ArmFit & LegFit & HeadFit;

export const UNIT_FIT: BodyFit = { ...UNIT_TRUNK_FIT, ...UNIT_LEG_FIT, wrist: 1, head: 1 };

/** The whole body as parts: the field's solids and details in blend order, and every landmark seed. */
export interface AssembledBody {
  skeleton: Skeleton;
  body: Part;
  /** Which solids belong to the hand and the foot (their bounds define the fine meshing boxes). */
  hand: Part;
  foot: Part;
}

/** Builds the parts of a body for given parameters and fit factors. */
export function assembleBody(p: BodyParams, fit: BodyFit = UNIT_FIT): AssembledBody {
  const k = buildSkeleton(p);
  const hand = handPart(k);
  const foot = footPart(k);
  const solids = joinParts([
    { shapes: trunkShapes(k, fit), bumps: [], anchors: {} },
    armPart(k, fit),
    hand,
    legPart(k, fit),
    { shapes: [crotchGap(k)], bumps: [], anchors: {} },
    foot,
    headPart(k, fit),
  ]);
  // the trunk's surface details are seated on the skin the solids make
  const sdf = fieldSdf({ shapes: solids.shapes, bumps: [] });
  const snap = snapper(sdf, 0.25);
  const axilla = { shapes: [], bumps: [], anchors: { axilla_apex: axillaApex(k, sdf) } };
  const body = joinParts([solids, torsoDetails(k, snap), axilla]);
  return { skeleton: k, body, hand, foot };
}
