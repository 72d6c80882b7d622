import { resolveNerveSites } from '../src/core/nerveSites';
import type { Surface } from '../src/core/surface';
import type { Vec3 } from '../src/core/vec';
import { nptData } from '../src/data/npt';
import type { PointRecord } from '../src/schema/point';

/**
 * The nerve exit sites (layer `npt`) of one body for the build-time atlas cache: resolved by the same engine as the
 * acupoints, with each course line lifted off the skin like the channel lines. The sites join the acupoint sites in
 * the cache's `sites` module (with `layer: 'npt'`), their derivations join the `derivations` module.
 */
export function nerveSitesForCache(
  surface: Surface,
  landmarks: Record<string, Vec3>,
  points: PointRecord[],
  lift: (p: Vec3) => number[],
  round: (v: readonly number[]) => number[],
) {
  const { sites, errors } = resolveNerveSites(surface, landmarks, points, nptData.sites);
  const cached = sites.map((s) => ({
    id: s.id,
    code: s.code,
    side: s.side,
    layer: s.layer,
    surface: s.surface,
    sources: s.sources,
    position: round(s.position),
    normal: round(s.normal),
    name: s.name,
    nerve: s.nerve,
    region: s.region,
    status: s.status,
    evidence: s.evidence,
    depth: s.depth,
    course: s.course.map(lift),
  }));
  const derivations = Object.fromEntries(sites.map((s) => [s.id, { derivation: s.derivation }]));
  return { sites: cached, errors, derivations };
}
