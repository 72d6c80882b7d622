import type { Side } from '../schema/common';
import type { PointRecord } from '../schema/point';
import type { Recipe, UnitId } from '../schema/recipe';
import { channelRuns } from './channelCourse';
import { landmarkKey } from './refs';
import { resolveRecipe, type ResolveContext } from './resolveRecipe';
import type { ResolvedSite, SegmentUsed, SiteLocation } from './sites';
import { skinCourse, walkTo } from './skinWalk';
import type { Surface } from './surface';
import { FINGER_CUN, UNIT_SEGMENTS } from './units';
import { distance, mirrorX, type Vec3 } from './vec';

/** A channel's line on one side, as a path over the skin. */
export interface ChannelLine {
  channel: string;
  side: Side;
  path: Vec3[];
}

/** Everything resolved on one body. */
export interface Atlas {
  sites: ResolvedSite[];
  errors: string[];
}

/** One site to resolve: which point, which site key, which side. */
interface SiteSpec {
  point: PointRecord;
  key?: string;
  recipe: Recipe;
  side: Side;
}

/** The sites a point record has: L and R for bilateral points, M for midline ones, per key for multi-site points. */
export function siteSpecs(point: PointRecord): SiteSpec[] {
  // a point off the skin (tongue, nasal mucosa) has sites only where it carries a recipe for its schematic marker
  if (point.notDrawn !== undefined && !point.recipe && !point.sites) return [];
  const sides = (lat: 'bilateral' | 'midline'): Side[] => (lat === 'bilateral' ? ['L', 'R'] : ['M']);
  if (point.recipe) return sides(point.laterality).map((side) => ({ point, recipe: point.recipe!, side }));
  return (point.sites ?? []).flatMap((s) =>
    sides(s.laterality ?? point.laterality).map((side) => ({ point, key: s.key, recipe: s.recipe, side })),
  );
}

/** The contracts §3 id of a site. */
export function siteId(code: string, key: string | undefined, side: Side): string {
  return `${code}${key ? `:${key}` : ''}${side === 'M' ? '' : `.${side}`}`;
}

/** The point layer a record belongs to (contracts §3 `layer`). */
export function layerOf(point: PointRecord): string {
  return point.code.startsWith('EX-') ? 'extra' : 'meridian';
}

/**
 * Resolves every point on a body: a resolver over the skin with memoised points (in dependency order, cycles caught)
 * and per-side B-cun units.
 */
/** A body counts as mirror-symmetric when its skin and its paired landmarks mirror within this (metres). */
export const MIRROR_TOLERANCE = 0.0015;

/** Whether every `.L` landmark has a `.R` twin at its mirror image, and the skin mirrors itself. */
export function isMirrorSymmetric(surface: Surface, landmarks: Record<string, Vec3>): boolean {
  for (const [name, p] of Object.entries(landmarks)) {
    if (!name.endsWith('.L')) continue;
    const twin = landmarks[name.replace(/\.L$/, '.R')];
    if (!twin || distance(mirrorX(p), twin) > MIRROR_TOLERANCE) return false;
  }
  return surface.mirrorGap() < MIRROR_TOLERANCE;
}

/** The mirror image of a resolved site (x → −x), put back on the skin; its derivation mirrored with it. */
function mirrorLocation(surface: Surface, loc: SiteLocation): SiteLocation {
  const hit = surface.closest(mirrorX(loc.position), 0.01);
  const d = loc.derivation;
  return {
    position: hit.point,
    normal: hit.normal,
    derivation: {
      start: d.start,
      steps: d.steps.map((s) => ({ ...s, path: s.path.map(mirrorX) })),
      segments: d.segments.map((g) => ({ ...g, from: mirrorX(g.from), to: mirrorX(g.to) })),
    },
  };
}

/**
 * A resolver over the skin with memoised points (in dependency order, cycles caught) and per-side B-cun units.
 * On a mirror-symmetric body the right side is the mirror image of the left, found once; on any other body (or with
 * `mirror: false`) each side is walked on its own.
 */
export function createResolver(
  surface: Surface,
  landmarks: Record<string, Vec3>,
  points: PointRecord[],
  options: { mirror?: boolean } = {},
) {
  const mirror = options.mirror ?? isMirrorSymmetric(surface, landmarks);
  const byCode = new Map(points.map((p) => [p.code, p]));
  const done = new Map<string, SiteLocation>();
  const resolving: string[] = [];
  const units = new Map<string, { metres: number; segment: SegmentUsed }>();

  const landmark = (ref: string, side: Side): Vec3 => {
    const name = landmarkKey(ref, side);
    const p = landmarks[name];
    if (!p) throw new Error(`unknown landmark "${name}"`);
    return p;
  };

  function unit(id: UnitId, side: Side) {
    const cacheKey = `${id}|${side}`;
    const cached = units.get(cacheKey);
    if (cached) return cached;
    let result: { metres: number; segment: SegmentUsed };
    if (id === 'F') {
      const from = landmark(FINGER_CUN.from, side === 'M' ? 'L' : side);
      const to = landmark(FINGER_CUN.to, side === 'M' ? 'L' : side);
      const metres = distance(from, to) * FINGER_CUN.fraction;
      result = {
        metres,
        segment: {
          unit: 'F',
          label: FINGER_CUN.label,
          from,
          to,
          cun: 1 / FINGER_CUN.fraction,
          metres: distance(from, to),
        },
      };
    } else {
      const seg = UNIT_SEGMENTS[id];
      const from = landmark(seg.from, side);
      const to = landmark(seg.to, side);
      const metres = seg.over === 'skin' ? walkTo(surface, from, to).length : distance(from, to);
      result = {
        metres: metres / seg.cun,
        segment: { unit: id, label: seg.label, from, to, cun: seg.cun, metres },
      };
    }
    units.set(cacheKey, result);
    return result;
  }

  function point(code: string, key: string | undefined, side: Side): SiteLocation {
    const record = byCode.get(code);
    if (!record) throw new Error(`unknown point "${code}"`);
    const spec = siteSpecs(record).find((s) => s.key === key && (s.side === side || s.side === 'M'));
    if (!spec) throw new Error(`point "${siteId(code, key, side)}" has no such site`);
    return resolveSpec(spec);
  }

  function resolveSpec(spec: SiteSpec): SiteLocation {
    const id = siteId(spec.point.code, spec.key, spec.side);
    const hit = done.get(id);
    if (hit) return hit;
    if (resolving.includes(id)) throw new Error(`cycle: ${[...resolving, id].join(' → ')}`);
    resolving.push(id);
    try {
      const site = locate(spec.recipe, spec.side, () => resolveSpec({ ...spec, side: 'L' }));
      done.set(id, site);
      return site;
    } finally {
      resolving.pop();
    }
  }

  /** Resolves a recipe on a side; on a symmetric body a right site is the mirror of `left()`. */
  function locate(recipe: Recipe, side: Side, left: () => SiteLocation): SiteLocation {
    return mirror && side === 'R' ? mirrorLocation(surface, left()) : resolveRecipe(recipe, side, ctx);
  }

  const ctx: ResolveContext = { surface, landmark, point, unit, walks: new Map() };
  return { resolveSpec, ctx, locate, mirror };
}

/** Resolves all points (and the alternatives of controversial points) on a body; errors are collected, not thrown. */
export function resolvePoints(
  surface: Surface,
  landmarks: Record<string, Vec3>,
  points: PointRecord[],
  /** `onPoint` is called after each point record, resolved or not (resolveAtlas counts its progress by it). */
  options: { mirror?: boolean; onPoint?: (point: PointRecord) => void } = {},
): Atlas {
  const { resolveSpec, locate } = createResolver(surface, landmarks, points, options);
  const sites: ResolvedSite[] = [];
  const errors: string[] = [];
  for (const point of points) {
    for (const spec of siteSpecs(point)) {
      const id = siteId(point.code, spec.key, spec.side);
      try {
        const loc = resolveSpec(spec);
        const alt = point.alternative?.recipe;
        const alternative = alt ? locate(alt, spec.side, () => locate(alt, 'L', () => loc)) : undefined;
        sites.push({
          id,
          code: point.code,
          key: spec.key,
          side: spec.side,
          layer: layerOf(point),
          surface: spec.recipe.surface,
          sources: point.sources.map((s) => s.id),
          ...(point.notDrawn !== undefined ? { onSkin: false as const } : {}),
          ...loc,
          alternative,
        });
      } catch (e) {
        errors.push(`${id}: ${(e as Error).message}`);
      }
    }
    options.onPoint?.(point);
  }
  return { sites, errors };
}

/** Two successive sites of a channel's course on one side, joined by one stretch of its line. */
export interface ChannelSegment {
  channel: string;
  side: Side;
  from: ResolvedSite;
  to: ResolvedSite;
}

/** The runs of each channel's course (channelCourse.ts) per side, as lists of point codes. */
function courseRuns(points: PointRecord[]): { channel: string; side: Side; codes: string[] }[] {
  const runs: { channel: string; side: Side; codes: string[] }[] = [];
  const channels = [...new Set(points.filter((p) => p.channel).map((p) => p.channel!))];
  for (const channel of channels) {
    const codes = points.filter((p) => p.channel === channel).map((p) => p.code);
    const midline = points.find((p) => p.code === codes[0])?.laterality === 'midline';
    for (const side of midline ? (['M'] as Side[]) : (['L', 'R'] as Side[]))
      for (const run of channelRuns(channel, codes)) runs.push({ channel, side, codes: run });
  }
  return runs;
}

/** The runs of a channel's course (channelCourse.ts), per channel and side, as lists of successive segments. */
export function channelSegments(sites: ResolvedSite[], points: PointRecord[]): ChannelSegment[][] {
  const bySide = new Map(sites.map((s) => [s.id, s]));
  return courseRuns(points)
    .map(({ channel, side, codes }) => {
      const runSites = codes
        .map((c) => bySide.get(siteId(c, undefined, side)))
        .filter((s) => s !== undefined);
      return runSites.slice(1).map((to, i) => ({ channel, side, from: runSites[i], to }));
    })
    .filter((segments) => segments.length > 0);
}

/** A segment of a channel line with the path drawn for it over the skin. */
export interface DrawnSegment extends ChannelSegment {
  path: Vec3[];
}

/**
 * The drawn path of every segment, run by run (`skinCourse`). On a mirror-symmetric skin a right segment whose ends
 * mirror its left twin's is drawn as that twin's mirror image, put back on the skin: the two sides match, at half
 * the cost.
 */
export function drawChannelSegments(
  surface: Surface,
  sites: ResolvedSite[],
  points: PointRecord[],
  /** Called after each segment is drawn. */
  onSegment?: (segment: ChannelSegment) => void,
): DrawnSegment[][] {
  const symmetric = surface.mirrorGap() < MIRROR_TOLERANCE;
  const left = new Map<string, DrawnSegment>();
  const twinOf = (s: ChannelSegment) => `${s.from.id.replace(/\.R$/, '.L')}>${s.to.id.replace(/\.R$/, '.L')}`;
  const mirrors = (a: Vec3, b: Vec3) => distance(mirrorX(a), b) < MIRROR_TOLERANCE;
  return channelSegments(sites, points).map((run) =>
    run.map((segment) => {
      const twin = segment.side === 'R' && symmetric ? left.get(twinOf(segment)) : undefined;
      let path: Vec3[];
      if (
        twin &&
        mirrors(twin.from.position, segment.from.position) &&
        mirrors(twin.to.position, segment.to.position)
      ) {
        const inner = twin.path.slice(1, -1).map((p) => surface.closest(mirrorX(p), 0.01).point);
        path = [segment.from.position, ...inner, segment.to.position];
      } else {
        path = skinCourse(surface, segment.from.position, segment.to.position);
      }
      const drawn = { ...segment, path };
      if (segment.side === 'L') left.set(twinOf(segment), drawn);
      onSegment?.(segment);
      return drawn;
    }),
  );
}

/** Channel lines over the skin, per channel and side, linking its sites in course order. */
export function channelLines(
  surface: Surface,
  sites: ResolvedSite[],
  points: PointRecord[],
  onSegment?: (segment: ChannelSegment) => void,
): ChannelLine[] {
  return drawChannelSegments(surface, sites, points, onSegment).map((run) => {
    const path: Vec3[] = [];
    run.forEach((segment, i) => path.push(...segment.path.slice(i === 0 ? 0 : 1)));
    return { channel: run[0].channel, side: run[0].side, path };
  });
}

/**
 * How far resolveAtlas got: one step per point record, then one per channel segment drawn (`total` counts every
 * segment of every course, as if every site resolved: the last step jumps to it when some did not). `channel` is
 * the code of the channel worked on (none for an extra point), `lines` whether its line is being drawn.
 */
export interface AtlasStep {
  done: number;
  total: number;
  channel?: string;
  lines: boolean;
}

/** Builds the surface of a body mesh and resolves every point and channel line on it, reporting each step. */
export function resolveAtlas(
  surface: Surface,
  landmarks: Record<string, Vec3>,
  points: PointRecord[],
  onProgress?: (step: AtlasStep) => void,
) {
  const segmentCount = courseRuns(points).reduce((n, r) => n + Math.max(0, r.codes.length - 1), 0);
  const total = points.length + segmentCount;
  let done = 0;
  const step = (channel: string | undefined, lines: boolean) =>
    onProgress?.({ done: ++done, total, channel, lines });
  const { sites, errors } = resolvePoints(surface, landmarks, points, {
    onPoint: onProgress && ((p) => step(p.channel, false)),
  });
  const lines = channelLines(surface, sites, points, onProgress && ((s) => step(s.channel, true)));
  if (done < total) onProgress?.({ done: total, total, lines: true });
  return { surface, sites, errors, lines };
}
