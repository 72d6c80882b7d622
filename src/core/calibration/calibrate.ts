import type { MeshArrays, Surface } from '../surface';
import type { Vec3 } from '../vec';
import { midlineSection, withMidline } from './midline';
import { implausibleSegments, type SegmentFlag } from './plausibility';
import { transferLandmarks, type ReferenceBody, type Transfer } from './transfer';

/** A calibrated body: its skin index, every landmark, and the segments that look wrong. */
export interface Calibration extends Transfer {
  surface: Surface;
  flags: SegmentFlag[];
}

/**
 * Calibrates a new skin from the key landmarks a user placed: landmarks transferred from the nearer reference body,
 * then the B-cun segments checked against that body's proportions.
 */
export function calibrate(
  skin: MeshArrays,
  placed: Record<string, Vec3>,
  references: ReferenceBody[],
  /** The skin's surface queries (src/mesh/surface.ts builds them; core stays free of three). */
  base: Surface,
): Calibration {
  const surface = withMidline(base, midlineSection(skin));
  const transfer = transferLandmarks(surface, skin, placed, references);
  const reference = references.find((r) => r.id === transfer.source)!;
  return { ...transfer, surface, flags: implausibleSegments(transfer.landmarks, reference.landmarks) };
}

/** Sites of the reference body (an ear map's) carried onto the new skin by the calibration's warp. */
export function transferSites<T extends { position: Vec3 }>(
  calibration: Pick<Calibration, 'surface' | 'warp'>,
  sites: Record<string, T>,
): Record<string, { position: Vec3; normal: Vec3 }> {
  const out: Record<string, { position: Vec3; normal: Vec3 }> = {};
  for (const [id, s] of Object.entries(sites)) {
    const hit = calibration.surface.closest(calibration.warp(s.position), 0.05);
    out[id] = { position: hit.point, normal: hit.normal };
  }
  return out;
}
