import type { Evidence, Side } from '../schema/common';
import type { NerveCourse, NerveSite, NptRegion } from '../schema/nerveSite';
import type { NptStatus } from '../schema/nptStatus';
import { NPT_LAYER } from './layerIds';
import type { PointRecord } from '../schema/point';
import { createResolver } from './atlas';
import { directionVector, resolveRecipe, type ResolveContext } from './resolveRecipe';
import type { ResolvedSite, SiteLocation } from './sites';
import { walkDirection, walkToward, type Walk } from './skinWalk';
import type { Surface } from './surface';
import type { Vec3 } from './vec';

/** A nerve exit site on one side of one body: a contracts §3 site plus what the layer's panel and lines need. */
export interface ResolvedNerveSite extends ResolvedSite {
  layer: typeof NPT_LAYER;
  name: string;
  nerve: string;
  region: NptRegion;
  status: NptStatus;
  evidence: Evidence;
  depth: NerveSite['depth'];
  /** The nerve's course from the site: a short path over the skin, starting at the site. */
  course: Vec3[];
}

/** The contracts §3 id of a nerve site: every site is bilateral, so `<code>.<side>`. */
export const nerveSiteId = (code: string, side: Side): string => `${code}.${side}`;

/**
 * Walks the course line of a site: `cm` centimetres over the skin from the site toward an anchor (a landmark or
 * acupoint, resolved on the site's side) or in a body direction.
 */
export function walkCourse(
  surface: Surface,
  ctx: ResolveContext,
  from: Vec3,
  course: NerveCourse,
  side: Side,
): Walk {
  const metres = course.cm / 100;
  if (course.toward !== undefined) {
    const target = resolveRecipe({ start: course.toward, steps: [], surface: 'body' }, side, ctx).position;
    return walkToward(surface, from, target, metres);
  }
  return walkDirection(surface, from, metres, directionVector(course.dir!, side));
}

/**
 * Resolves every nerve site on both sides of a body with the location engine. `points` are the acupoint records,
 * so recipes may start from an acupoint (`ST2`). Errors are collected per site id, not thrown.
 */
export function resolveNerveSites(
  surface: Surface,
  landmarks: Record<string, Vec3>,
  points: PointRecord[],
  sites: NerveSite[],
): { sites: ResolvedNerveSite[]; errors: string[] } {
  const { ctx, locate } = createResolver(surface, landmarks, points);
  const out: ResolvedNerveSite[] = [];
  const errors: string[] = [];
  for (const site of sites) {
    let left: SiteLocation | undefined;
    for (const side of ['L', 'R'] as const) {
      const id = nerveSiteId(site.code, side);
      try {
        const loc = locate(site.recipe, side, () => left ?? resolveRecipe(site.recipe, 'L', ctx));
        if (side === 'L') left = loc;
        const walk = walkCourse(surface, ctx, loc.position, site.course, side);
        if (!walk.ok) errors.push(`${id}: course line left the skin or got stuck`);
        out.push({
          id,
          code: site.code,
          side,
          layer: NPT_LAYER,
          surface: 'body',
          sources: site.sources.map((s) => s.id),
          ...loc,
          name: site.name,
          nerve: site.nerve,
          region: site.region,
          status: site.status,
          evidence: site.evidence,
          depth: site.depth,
          course: walk.path,
        });
      } catch (e) {
        errors.push(`${id}: ${(e as Error).message}`);
      }
    }
  }
  return { sites: out, errors };
}
