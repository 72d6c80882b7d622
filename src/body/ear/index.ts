/**
 * The auricle, generated from our own 2-D design of a left ear (template.ts): an outline and named ridge and valley
 * curves become height fields of the front and back skin (fields.ts), a curled helix roll runs along the rim, and
 * the whole is a signed distance field (shape.ts) meshed by surface nets. The mesh is closed: the root ends in a
 * flat cap `rootDepth` inside the head (region 'root').
 *
 * Placement: `earSite(mesh, region, s, t)`; the (s, t) frame of every region is documented in curves.ts and
 * site.ts, and the frames' polylines are exposed as `mesh.curves.frames[region]` (ear-plane millimetres, mapped to
 * ear-local metres by `mesh.plane`). The GB/T divisions of reference-facts §5 are fractions of these frames, e.g.
 * antihelix_superior_crus s ∈ [0, 1/3] is AH5; antihelix_inferior_crus s < 1/3 is AH7 and s > 1/3 AH6;
 * antihelix_body s in fifths from the fork with t < 1/4 on the concha side; triangular_fossa s in thirds front
 * to back with t splitting upper and lower.
 */
import { buildEarMesh } from './build';
import { earSite } from './site';
import { EAR_REGIONS as REGIONS } from './regions';
import type { EarMesh, EarOptions, EarParams, Vec3 } from './types';

export type { EarMesh, EarOptions, EarParams, EarPlane, Vec3 } from './types';
export type { EarCurves, RegionFrame } from './curves';
export { earSite, regionFramePoint, type EarSite } from './site';
export { earCurves } from './curves';

export const EAR_REGIONS: readonly string[] = REGIONS;

/** ANSUR II (2012) mean ear sizes in metres (reference-facts §5). */
export const EAR_SIZES: { female: EarParams; male: EarParams } = {
  female: { length: 0.0594, breadth: 0.0332, protrusion: 0.0204 },
  male: { length: 0.0648, breadth: 0.0349, protrusion: 0.0229 },
};

/** Builds a left ear of the given size; deterministic. Mirror X for a right ear. */
export function buildEar(p: EarParams, options: EarOptions = {}): EarMesh {
  const mesh = buildEarMesh(p, options);
  const P = mesh.positions;
  const R = mesh.region;
  const root = EAR_REGIONS.indexOf('root');
  let top = -1;
  let bottom = -1;
  let rTop = -1;
  let rBottom = -1;
  for (let v = 0; v < R.length; v++) {
    const y = P[3 * v + 1];
    if (top < 0 || y > P[3 * top + 1]) top = v;
    if (bottom < 0 || y < P[3 * bottom + 1]) bottom = v;
    if (R[v] === root && P[3 * v] > -mesh.rootDepth + 1e-4) {
      if (rTop < 0 || y > P[3 * rTop + 1]) rTop = v;
      if (rBottom < 0 || y < P[3 * rBottom + 1]) rBottom = v;
    }
  }
  const vert = (v: number): Vec3 => [P[3 * v], P[3 * v + 1], P[3 * v + 2]];
  mesh.anchors = {
    tragus: tragusFront(mesh),
    ear_apex: vert(top),
    ear_lobe: vert(bottom),
    intertragic_notch: earSite(mesh, 'intertragic_notch', 0.5, 0.5).position,
    root_top: vert(rTop),
    root_bottom: vert(rBottom),
  };
  return mesh;
}

/**
 * The tragus landmark: the front of the tragus as built, i.e. the most anterior of its sites across the flap (face
 * side to free edge) at mid-height, where a finger placed "in front of the tragus" touches it.
 */
function tragusFront(mesh: EarMesh): Vec3 {
  let best = earSite(mesh, 'tragus', 0.45, 0).position;
  for (let i = 1; i <= 20; i++) {
    const p = earSite(mesh, 'tragus', 0.45, i / 20).position;
    if (p[2] > best[2]) best = p;
  }
  return best;
}
