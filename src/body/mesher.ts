import type { Manifold } from 'manifold-3d';
import type { AssembledBody } from './assemble';
import { manifold } from './manifold';
import { compileField, type BodyField } from './sdf/field';
import type { Shape } from './sdf/shapes';
import type { V3 } from './sdf/vec';

/** Grid edge lengths (metres) of the meshing regions. */
export interface MeshResolution {
  coarse: number;
  head: number;
  hand: number;
  foot: number;
}

export const DEFAULT_RESOLUTION: MeshResolution = { coarse: 0.006, head: 0.002, hand: 0.0018, foot: 0.002 };

interface Region {
  lo: V3;
  hi: V3;
  edge: number;
}

function boundsOf(shapes: Shape[], pad: number): { lo: V3; hi: V3 } {
  const lo: V3 = [Infinity, Infinity, Infinity];
  const hi: V3 = [-Infinity, -Infinity, -Infinity];
  for (const s of shapes) {
    if (s.op !== 'add' || s.lo[0] < 0) continue; // left-side solids only
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i], s.lo[i] - pad);
      hi[i] = Math.max(hi[i], s.hi[i] + pad);
    }
  }
  return { lo, hi };
}

/** The fine regions (head, left hand, left foot) and the coarse rest, all on the left half (x ≥ 0). */
export function meshRegions(a: AssembledBody, res: MeshResolution): { coarse: Region; fine: Region[] } {
  const k = a.skeleton;
  const hand = boundsOf(a.hand.shapes, 0.006);
  hand.hi[1] = k.wrist[1] - 0.01 * k.s;
  const foot = boundsOf(a.foot.shapes.slice(0, -2), 0.006);
  foot.lo[1] = -0.004;
  foot.hi[1] = k.ankle[1] + 0.03 * k.s;
  const head: Region = {
    lo: [-0.004, k.y.chin - 0.03 * k.s, k.headCentre[2] - 0.13 * k.s],
    hi: [0.1 * k.s, k.H + 0.006, k.headCentre[2] + 0.14 * k.s],
    edge: res.head,
  };
  const coarse: Region = {
    lo: [-0.004, -0.004, -0.2 * k.s],
    hi: [hand.hi[0] + 0.02, k.H + 0.006, 0.3 * k.s],
    edge: res.coarse,
  };
  return {
    coarse,
    fine: [head, { ...hand, edge: res.hand }, { ...foot, edge: res.foot }],
  };
}

async function levelSet(field: BodyField, r: Region, pad: number): Promise<Manifold> {
  const { Manifold } = await manifold();
  const lo: V3 = [r.lo[0] - pad, r.lo[1] - pad, r.lo[2] - pad];
  const hi: V3 = [r.hi[0] + pad, r.hi[1] + pad, r.hi[2] + pad];
  const sc = r.edge * 2.5;
  const sdf = compileField(field, lo, hi, {
    cell: 0.015,
    margin: 2 * r.edge + 0.012,
    skipCell: sc,
    skipThreshold: 1.5 * (0.87 * sc + r.edge) + 0.002,
  });
  return Manifold.levelSet((p) => -sdf(p[0], p[1], p[2]), { min: lo, max: hi }, r.edge, 0);
}

async function box(lo: V3, hi: V3): Promise<Manifold> {
  const { Manifold } = await manifold();
  return Manifold.cube([hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]]).translate(lo);
}

/**
 * Meshes the left half of the body (x ≥ 0): the coarse grid everywhere except the head, hand and
 * foot boxes, which are meshed on finer grids and joined by booleans. Returns the closed half-solid.
 */
export async function meshLeftHalf(
  a: AssembledBody,
  res: MeshResolution = DEFAULT_RESOLUTION,
): Promise<Manifold> {
  const field = { shapes: a.body.shapes, bumps: a.body.bumps };
  const { coarse, fine } = meshRegions(a, res);
  // manifold objects live in WASM memory: free each intermediate explicitly
  let whole = await levelSet(field, coarse, 0.01);
  for (const r of fine) {
    const b = await box(r.lo, r.hi);
    const raw = await levelSet(field, r, 3 * r.edge);
    const part = raw.intersect(b);
    const rest = whole.subtract(b);
    const next = rest.add(part);
    for (const m of [b, raw, part, rest, whole]) m.delete();
    whole = next;
  }
  const half = whole.trimByPlane([1, 0, 0], 0);
  whole.delete();
  return half;
}
