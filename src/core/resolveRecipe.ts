import type { Side } from '../schema/common';
import type { Anchor, Direction, Recipe, Step, UnitId } from '../schema/recipe';
import { describeRef, parsePointRef } from './refs';
import type { DerivationStep, SegmentUsed, SiteLocation } from './sites';
import {
  axisOf,
  levelOn,
  walkDirectionToAxisLevel,
  walkToAxisLevel,
  walkTowardAxisLevel,
  type Axis,
} from './axialWalk';
import { alongPath, pathPrefix, walkDirection, walkTo, walkToLevel, walkToward, type Walk } from './skinWalk';
import { armPoseOn } from './armPose';
import { UNIT_SEGMENTS } from './units';
import type { Surface } from './surface';
import { dot, sub, type Vec3 } from './vec';

/** What a recipe needs from the body and the other points. */
export interface ResolveContext {
  surface: Surface;
  /** A landmark's position by reference (bare bilateral names take `side`). Throws for unknown names. */
  landmark(ref: string, side: Side): Vec3;
  /** Another point's resolved site on `side`. Throws for unknown points and cycles. */
  point(code: string, key: string | undefined, side: Side): SiteLocation;
  /** The B-cun of a unit on this body and side. */
  unit(unit: UnitId, side: Side): { metres: number; segment: SegmentUsed };
  /** Walks between two anchors already made, by key, so shared midpoints are walked once per body. */
  walks?: Map<string, Walk>;
}

/** A recipe that cannot be resolved: says which step and why. */
export class RecipeError extends Error {}

const AXES: Record<Direction, Vec3> = {
  superior: [0, 1, 0],
  inferior: [0, -1, 0],
  anterior: [0, 0, 1],
  posterior: [0, 0, -1],
  lateral: [1, 0, 0],
  medial: [-1, 0, 0],
};

/** The world direction of a body direction on a side (`lateral` is +X on the left, −X on the right). */
export function directionVector(dir: Direction, side: Side): Vec3 {
  if ((dir === 'lateral' || dir === 'medial') && side === 'M') {
    throw new RecipeError(`"${dir}" has no meaning for a midline site`);
  }
  const v = AXES[dir];
  return side === 'R' ? [-v[0], v[1], v[2]] : v;
}

/** Units measured on the arm: a step with them is on the arm wherever it starts. */
const ARM_UNITS = new Set<UnitId>(['upper_arm', 'forearm']);

/**
 * The world direction of a step: on an arm (an arm unit, or a finger-cun step starting on the arm) the body
 * direction of the anatomical position turned with the arm into its pose; elsewhere as the body stands.
 */
function limbDirection(dir: Direction, unit: UnitId, here: Vec3, side: Side, ctx: ResolveContext): Vec3 {
  const v = directionVector(dir, side);
  const pose = armPoseOn((n, sd) => {
    try {
      return ctx.landmark(n, sd);
    } catch {
      return undefined; // no such landmark on this body
    }
  }, side);
  if (!pose) return v;
  return ARM_UNITS.has(unit) || (unit === 'F' && pose.holds(here)) ? pose.turn(v) : v;
}

/** Resolves a recipe on one side: walks its steps over the skin and returns the site with its derivation. */
export function resolveRecipe(recipe: Recipe, side: Side, ctx: ResolveContext): SiteLocation {
  const steps: DerivationStep[] = [];
  const segments: SegmentUsed[] = [];
  const start = resolveAnchor(recipe.start, side, ctx, steps);
  let here = start;
  for (const [i, step] of recipe.steps.entries()) {
    const walk = applyStep(step, here, side, ctx, steps, segments);
    if (!walk.ok) throw new RecipeError(`step ${i + 1} (${step.op}) left the skin or got stuck`);
    here = walk.end;
  }
  const hit = ctx.surface.closest(here, 0.01);
  checkSide(hit.point, side);
  return {
    position: hit.point,
    normal: hit.normal,
    derivation: { start: describeAnchor(recipe.start), steps, segments },
  };
}

function checkSide(p: Vec3, side: Side): void {
  if (side === 'L' && p[0] < -0.003)
    throw new RecipeError(`left site landed on the right side (x = ${p[0].toFixed(3)})`);
  if (side === 'R' && p[0] > 0.003)
    throw new RecipeError(`right site landed on the left side (x = ${p[0].toFixed(3)})`);
  if (side === 'M' && Math.abs(p[0]) > 0.006)
    throw new RecipeError(`midline site is off the midline (x = ${p[0].toFixed(3)})`);
}

function refPosition(ref: string, side: Side, ctx: ResolveContext): Vec3 {
  const point = parsePointRef(ref);
  return point ? ctx.point(point.code, point.key, side).position : ctx.landmark(ref, side);
}

/** Describes an anchor in words. */
export function describeAnchor(a: Anchor): string {
  if (typeof a === 'string') return describeRef(a);
  if ('mid' in a) return `midpoint between ${describeRef(a.mid[0])} and ${describeRef(a.mid[1])}`;
  return `${fraction(a.t)} of the way from ${describeRef(a.between[0])} to ${describeRef(a.between[1])}`;
}

function fraction(t: number): string {
  const known: Record<string, string> = {
    '0.25': 'a quarter',
    '0.333': 'a third',
    '0.5': 'half',
    '0.667': 'two thirds',
    '0.75': 'three quarters',
  };
  return known[t.toFixed(3).replace(/0+$/, '')] ?? known[String(t)] ?? `${Math.round(t * 100)}%`;
}

function resolveAnchor(a: Anchor, side: Side, ctx: ResolveContext, steps: DerivationStep[]): Vec3 {
  if (typeof a === 'string') {
    const p = refPosition(a, side, ctx);
    steps.push({ text: `Start at ${describeRef(a)}.`, path: [p, p] });
    return p;
  }
  const [from, to, t] = 'mid' in a ? [a.mid[0], a.mid[1], 0.5] : [a.between[0], a.between[1], a.t];
  const key = `${from}|${to}|${side}`;
  let walk = ctx.walks?.get(key);
  if (!walk) {
    walk = walkTo(ctx.surface, refPosition(from, side, ctx), refPosition(to, side, ctx));
    ctx.walks?.set(key, walk);
  }
  const spot = alongPath(walk.path, t);
  steps.push({ text: `Start at the ${describeAnchor(a)}.`, path: pathPrefix(walk.path, t) });
  return spot;
}

/** A B-cun step counts as proportional (measured on its segment's axis) when it goes within 45° of that axis. */
const ALONG_AXIS_COS = Math.SQRT1_2;

/** Whether a step in `travel` with the B-cun of `unit` measures along the segment's axis (else over the skin). */
function onAxis(unit: UnitId, axis: Axis, travel: Vec3): boolean {
  if (unit === 'F' || UNIT_SEGMENTS[unit].over === 'skin') return false;
  const l = Math.hypot(...travel);
  return l > 0 && Math.abs(dot(travel, axis.dir)) / l >= ALONG_AXIS_COS;
}

function applyStep(
  step: Step,
  here: Vec3,
  side: Side,
  ctx: ResolveContext,
  steps: DerivationStep[],
  segments: SegmentUsed[],
): Walk {
  if (step.op === 'level') return levelStep(step, here, side, ctx, steps, segments);
  const unit = step.unit;
  const { metres, segment } = ctx.unit(unit, side);
  if (!segments.some((s) => s.unit === segment.unit)) segments.push(segment);
  const axis = axisOf(segment.from, segment.to);
  const unitWord = step.unit === 'F' ? 'F-cun' : 'B-cun';
  const per = `1 ${unitWord} = ${(metres * 100).toFixed(1)} cm on this body, from ${segment.label} = ${formatCun(segment.cun)} ${unitWord}`;
  const target = step.op === 'toward' ? anchorPosition(step.to, side, ctx) : null;
  const dirVec = step.op === 'move' ? limbDirection(step.dir, step.unit, here, side, ctx) : null;
  const travel = target ? sub(target, here) : dirVec!;
  const what = step.op === 'toward' ? `toward ${describeAnchor(step.to)}` : moveWord(step.dir);
  if (step.op === 'toward' && step.at !== undefined) {
    if (!onAxis(step.unit, axis, axis.dir))
      throw new RecipeError(`"at" needs a B-cun segment, not ${step.unit}`);
    return axialStep(step.at * metres, null);
  }
  const cun = step.cun!;
  if (onAxis(step.unit, axis, travel)) {
    const sign = Math.sign(dot(travel, axis.dir));
    return axialStep(levelOn(axis, here) + sign * cun * metres, cun);
  }
  const distance = cun * metres;
  const walk = target
    ? walkToward(ctx.surface, here, target, distance)
    : walkDirection(ctx.surface, here, distance, dirVec!);
  steps.push({
    text: `Go ${formatCun(cun)} ${unitWord} ${what} (${per}).`,
    path: walk.path,
    cun,
    unit: step.unit,
  });
  return walk;

  /** A proportional step: to the level `goal` metres along the segment's axis, then the skin there. */
  function axialStep(goal: number, cun: number | null): Walk {
    const walk = target
      ? walkTowardAxisLevel(ctx.surface, here, target, axis, goal)
      : walkDirectionToAxisLevel(ctx.surface, here, dirVec!, axis, goal);
    const from = levelOn(axis, here) / metres;
    const to = levelOn(axis, walk.end) / metres;
    const [first, second] = segment.label.split(' → ');
    const rest = second ? ` (${formatCun(segment.cun - to)} from ${second})` : '';
    const span = `${formatCun(to)} of the ${formatCun(segment.cun)} B-cun from ${first ?? segment.label}${rest}; 1 B-cun = ${(metres * 100).toFixed(1)} cm on this body`;
    const text =
      cun === null
        ? `Go ${what} to the level ${span}.`
        : `Go ${formatCun(cun)} B-cun ${what}, measured along the segment's axis: to the level ${span}.`;
    steps.push({ text, path: walk.path, cun: cun ?? undefined, unit, along: { from, to } });
    return walk;
  }
}

function moveWord(dir: Direction): string {
  if (dir === 'superior') return 'upward';
  if (dir === 'inferior') return 'downward';
  return `${dir}ly`;
}

/** Level with an anchor: the same height, or with `axis`, the same level along that segment's axis. */
function levelStep(
  step: Extract<Step, { op: 'level' }>,
  here: Vec3,
  side: Side,
  ctx: ResolveContext,
  steps: DerivationStep[],
  segments: SegmentUsed[],
): Walk {
  const target = anchorPosition(step.with, side, ctx);
  if (!step.axis) {
    const walk = walkToLevel(ctx.surface, here, target[1]);
    steps.push({
      text: `Move ${target[1] > here[1] ? 'up' : 'down'} to the level of ${describeAnchor(step.with)}.`,
      path: walk.path,
    });
    return walk;
  }
  const { metres, segment } = ctx.unit(step.axis, side);
  if (!segments.some((s) => s.unit === segment.unit)) segments.push(segment);
  const axis = axisOf(segment.from, segment.to);
  const walk = walkToAxisLevel(ctx.surface, here, axis, levelOn(axis, target));
  steps.push({
    text: `Move along ${segment.label} to the level of ${describeAnchor(step.with)} (the plane across that segment's axis).`,
    path: walk.path,
    along: { from: levelOn(axis, here) / metres, to: levelOn(axis, walk.end) / metres },
    unit: step.axis,
  });
  return walk;
}

function anchorPosition(a: Anchor, side: Side, ctx: ResolveContext): Vec3 {
  return resolveAnchor(a, side, ctx, []);
}

/** A cun figure for reading: at most two decimals, no trailing zeros (4.545… → 4.55). */
export function formatCun(cun: number): string {
  return String(Math.round(cun * 100) / 100);
}
