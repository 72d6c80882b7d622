import type { Bump } from '../sdf/bumps';
import type { Shape } from '../sdf/shapes';
import type { V3 } from '../sdf/vec';

/**
 * A landmark seed: a point at (or near) the skin where the generator put the feature, and the
 * outward direction along which it is projected onto the final mesh.
 */
export interface Anchor {
  p: V3;
  n: V3;
}

/** Named seeds: bilateral names without side (they are the subject's LEFT), midline names as is. */
export type Anchors = Record<string, Anchor>;

/** What each body part contributes: solids, surface details, landmark seeds. */
export interface Part {
  shapes: Shape[];
  bumps: Bump[];
  anchors: Anchors;
}

/** Concatenates parts in order (order matters for the blends). */
export function joinParts(parts: Part[]): Part {
  return {
    shapes: parts.flatMap((p) => p.shapes),
    bumps: parts.flatMap((p) => p.bumps),
    anchors: Object.assign({}, ...parts.map((p) => p.anchors)) as Anchors,
  };
}
