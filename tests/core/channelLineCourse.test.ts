/**
 * How natural a course each drawn channel line takes between its successive points, on every shipped body. Each
 * segment is compared with the shortest way over the skin between its two points (tests/core/courseCheck.ts): how
 * much longer it is, how far it strays from it, whether it leaves the skin, and whether it runs over an arm when
 * neither point is on that arm. The same measures are taken of the plain section walk the lines used to be drawn
 * with (`walkTo`), to show that the limits catch what was wrong with it. A table of the segments that break a limit
 * either way is printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { channelSegments, drawChannelSegments, resolvePoints } from '../../src/core/atlas';
import type { ResolvedSite } from '../../src/core/sites';
import { walkTo } from '../../src/core/skinWalk';
import { createSurface, type Surface } from '../../src/mesh/surface';
import { distance, scale, add, type Vec3 } from '../../src/core/vec';
import { listBodies, readBody } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';
import { armTest, meshGraph, pathLength, skinGeodesic, strayFrom, type MeshGraph } from './courseCheck';

/** Limits a drawn segment must keep. */
const LIMITS = {
  /** Drawn length over the shortest way over the skin. */
  lengthRatio: 1.02,
  /** How far it may stray from the shortest way: this many metres, or this share of the chord if more. */
  stray: 0.006,
  strayShare: 0.04,
  /** Below this length ratio the drawn path is the shorter one, and straying from the yardstick is not counted. */
  yardstickShorter: 0.99,
  /** How far the middle of a drawn step may lie off the skin (a step across a gap, or through the body). */
  offSkin: 0.003,
};

/**
 * Segments whose drawn line cannot stay on the skin because the body has no skin between them, with the reason.
 * They are measured and printed, not held to the limits (the shortest way over the skin is no yardstick there).
 */
const NO_SKIN_BETWEEN: Record<string, string> = {
  'GV25→GV26':
    'the nostrils of the generated face open into the upper lip on the midline (no columella base)',
  'LI19→LI20': 'the same open nostril lies between the upper lip and the ala',
};

/** Regions (point records' `region`) that lie on the arm. */
const ARM_REGIONS = new Set(['upper-arm', 'forearm', 'hand']);

interface Measure {
  lengthRatio: number;
  stray: number;
  offSkin: number;
  /** The arm the path runs over though neither point is on it, if any. */
  overArm: string | null;
}

interface Row {
  name: string;
  side: string;
  chord: number;
  before: Measure;
  after: Measure;
  /** Why the segment is not held to the limits (a point sits on the wrong body part), if so. */
  misplaced: string | null;
}

function breaks(m: Measure, chord: number): string[] {
  const out: string[] = [];
  if (m.lengthRatio > LIMITS.lengthRatio) out.push('length');
  // Straying counts only from a yardstick that is shorter: the pulled-tight edge chain can settle on a way a little
  // longer than the drawn path, and then the drawn path is the better course.
  const yardstickShorter = m.lengthRatio > LIMITS.yardstickShorter;
  if (yardstickShorter && m.stray > Math.max(LIMITS.stray, LIMITS.strayShare * chord)) out.push('stray');
  if (m.offSkin > LIMITS.offSkin) out.push('off skin');
  if (m.overArm) out.push(`over ${m.overArm}`);
  return out;
}

const bodies = listBodies();

describe.each(bodies)('the channel lines on the %s body', (id) => {
  let rows: Row[] = [];

  beforeAll(async () => {
    const body = await readBody(id);
    const surface: Surface = createSurface(body.meshes.skin);
    const graph: MeshGraph = meshGraph(body.meshes.skin);
    const onArm = armTest(body.landmarks);
    const { sites } = resolvePoints(surface, body.landmarks, atlasData.points);
    const regionOf = new Map(atlasData.points.map((p) => [p.code, p.region]));
    const partAt = (p: Vec3) => onArm(p, surface.closest(p, 0.01).normal);
    const onArmRegion = (s: ResolvedSite) => ARM_REGIONS.has(regionOf.get(s.code) ?? '');
    // The parts a point counts as on: its arm if its region is on the arm, and wherever the arm test finds it.
    const partsOf = (s: ResolvedSite) => [onArmRegion(s) ? `arm.${s.side}` : null, partAt(s.position)];
    const measure = (path: Vec3[], geodesic: Vec3[], from: ResolvedSite, to: ResolvedSite): Measure => {
      let offSkin = 0;
      for (let i = 1; i < path.length; i++) {
        offSkin = Math.max(offSkin, surface.closest(scale(add(path[i - 1], path[i]), 0.5), 0.05).distance);
      }
      const ends = new Set([...partsOf(from), ...partsOf(to)]);
      const overArm = path.map(partAt).find((part) => part !== null && !ends.has(part)) ?? null;
      return {
        lengthRatio: pathLength(path) / pathLength(geodesic),
        stray: strayFrom(path, geodesic),
        offSkin,
        overArm,
      };
    };
    const drawn = drawChannelSegments(surface, sites, atlasData.points).flat();
    const before = channelSegments(sites, atlasData.points).flat();
    rows = drawn.map((seg, i) => {
      const { from, to } = seg;
      const geodesic = skinGeodesic(surface, graph, from.position, to.position);
      const old = walkTo(surface, before[i].from.position, before[i].to.position).path;
      // A point of the trunk that sits on the arm (the arm hangs against the chest there), or a point of the arm that
      // sits off it (on the chest beside the armpit): a placement problem, not the line's.
      const wrong = [from, to].filter((s) => onArmRegion(s) !== (partAt(s.position) !== null));
      return {
        name: `${from.code}→${to.code}`,
        side: seg.side,
        chord: distance(from.position, to.position),
        before: measure(old, geodesic, from, to),
        after: measure(seg.path, geodesic, from, to),
        misplaced: wrong.length
          ? wrong
              .map((s) => `${s.code} (${regionOf.get(s.code)}) ${onArmRegion(s) ? 'off' : 'on'} the arm`)
              .join(', ')
          : null,
      };
    });
    const shown = rows.filter(
      (r) => r.misplaced || breaks(r.before, r.chord).length || breaks(r.after, r.chord).length,
    );
    const mm = (x: number) => (x * 1000).toFixed(1).padStart(5);
    const cells = (m: Measure, r: Row) =>
      `${m.lengthRatio.toFixed(3)} ${mm(m.stray)} ${mm(m.offSkin)} ${(breaks(m, r.chord).join(', ') || 'ok').padEnd(18)}`;
    console.log(
      [
        `${id}: ${rows.length} segments; ${shown.length} break a limit before or after, or have a misplaced point`,
        `segment      side chord | before: len/geo stray off-skin       | after: len/geo stray off-skin        | note`,
        ...shown.map(
          (r) =>
            `${r.name.padEnd(12)} ${r.side.padEnd(4)} ${mm(r.chord)} | ${cells(r.before, r)} | ${cells(r.after, r)} | ${r.misplaced ?? NO_SKIN_BETWEEN[r.name] ?? ''}`,
        ),
      ].join('\n'),
    );
  }, 240_000);

  it('draws every segment close to the shortest way over the skin, on the skin and off other body parts', () => {
    const failing = rows
      .filter((r) => !r.misplaced && !NO_SKIN_BETWEEN[r.name])
      .map((r) => [`${r.name}.${r.side}`, breaks(r.after, r.chord)] as const)
      .filter(([, b]) => b.length > 0);
    expect(failing).toEqual([]);
  });

  it('catches the section walk the lines used to take down the back of the neck (GB20→GB21)', () => {
    const gb = rows.filter((r) => r.name === 'GB20→GB21');
    expect(gb.length).toBe(2);
    for (const r of gb) {
      expect(breaks(r.before, r.chord), r.side).toContain('stray');
      expect(breaks(r.after, r.chord), r.side).toEqual([]);
    }
  });

  it('measures every segment of every channel line on both sides', () => {
    expect(new Set(rows.map((r) => r.name.replace(/\d+.*/, ''))).size).toBe(14);
    expect(rows.length).toBeGreaterThan(600);
  });
});
