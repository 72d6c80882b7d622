import { ANSUR, type GirthName, type Sex } from './ansur';
import { girthAt } from './slice';
import type { Surface } from './surface';
import { isWatertight, type TriMesh } from './triMesh';

type P3 = [number, number, number];

/** One measured quantity beside its target range. */
export interface Measure {
  name: string;
  group: 'height' | 'length' | 'span' | 'breadth' | 'girth' | 'symmetry' | 'topology';
  /** Measured value (metres, or a ratio / boolean as 1/0 where the unit says so). */
  value: number;
  target: number;
  lo: number;
  hi: number;
  unit: 'm' | 'ratio' | 'bool';
  ok: boolean;
}

/** What is measured: the skin, its landmarks, and who it is. */
export interface MeasuredBody {
  sex: Sex;
  stature: number;
  skin: TriMesh;
  /** The skin's surface queries (src/mesh/surface.ts). */
  surface: Pick<Surface, 'closest'>;
  landmarks: Record<string, readonly number[]>;
}

const HEIGHT_TOLERANCE = 0.03;

const dist = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const mid = (a: readonly number[], b: readonly number[]): P3 => [
  (a[0] + b[0]) / 2,
  (a[1] + b[1]) / 2,
  (a[2] + b[2]) / 2,
];
const unit = (a: readonly number[]): P3 => {
  const l = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / l, a[1] / l, a[2] / l];
};
const UP: P3 = [0, 1, 0];

/** The largest (or smallest) horizontal girth around a vertical line, scanning heights y0…y1. */
function scanGirth(skin: TriMesh, x: number, z: number, y0: number, y1: number, pick: 'max' | 'min'): number {
  let best = pick === 'max' ? 0 : Infinity;
  for (let y = y0; y <= y1 + 1e-9; y += 0.004) {
    const g = girthAt(skin, [x, y, z], UP);
    if (g <= 0) continue;
    best = pick === 'max' ? Math.max(best, g) : Math.min(best, g);
  }
  return best;
}

/** The girths of reference-facts §6, each as the hull perimeter of a slice perpendicular to its segment. */
export function girths(skin: TriMesh, L: Record<string, readonly number[]>): Record<GirthName, number> {
  const zc = (L['umbilicus'][2] + L['spinous.L3'][2]) / 2;
  const troch = L['greater_trochanter.L'][1];
  const crotch = L['perineum'][1];
  const fold = L['gluteal_fold.L'];
  const thighRef: P3 = [fold[0], fold[1] - 0.01, (fold[2] + L['patella_base.L'][2]) / 2 - 0.01];
  const mm = mid(L['medial_malleolus.L'], L['lateral_malleolus.L']);
  const ankleZ = (L['achilles.L'][2] + L['ankle_front.L'][2]) / 2;
  const calfZ = (L['popliteal_crease.L'][2] + L['tibial_tuberosity.L'][2]) / 2;
  const wristC = mid(L['radial_styloid.L'], L['ulnar_styloid.L']);
  const forearm = unit([0, 1, 2].map((i) => L['radiale.L'][i] - L['radial_styloid.L'][i]));
  const wristRef: P3 = [0, 1, 2].map((i) => wristC[i] + forearm[i] * 0.01) as P3;
  const lp = L['laryngeal_prominence'];
  // the neck's axis is perpendicular to its base (the line from C7 to the suprasternal notch), in the sagittal plane
  const base = unit([
    0,
    L['suprasternal_notch'][1] - L['spinous.C7'][1],
    L['suprasternal_notch'][2] - L['spinous.C7'][2],
  ]);
  const neckAxis: P3 = base[2] > 0 ? [0, base[2], -base[1]] : [0, -base[2], base[1]];
  const neckRef: P3 = [0, lp[1] - 0.006, (lp[2] + L['spinous.C4'][2]) / 2];
  const front: P3 = [0, L['glabella'][1] + 0.012, L['glabella'][2]];
  const back: P3 = [
    0,
    L['external_occipital_protuberance'][1] + 0.025,
    L['external_occipital_protuberance'][2],
  ];
  const headDir = unit([0, front[1] - back[1], front[2] - back[2]]);
  const headN: P3 = [0, headDir[2], -headDir[1]];
  return {
    chest: girthAt(skin, [0, L['nipple.L'][1], zc], UP),
    waist: girthAt(skin, [0, L['umbilicus'][1], zc], UP),
    buttock: scanGirth(skin, 0, zc, Math.max(crotch + 0.02, troch - 0.1), troch + 0.03, 'max'),
    thigh: girthAt(skin, thighRef, UP),
    calf: scanGirth(skin, mm[0], calfZ, L['tibiale.L'][1] - 0.2, L['tibiale.L'][1] - 0.05, 'max'),
    wrist: girthAt(skin, wristRef, forearm),
    neck: girthAt(skin, neckRef, neckAxis),
    ankle: scanGirth(
      skin,
      mm[0],
      ankleZ,
      L['lateral_malleolus.L'][1] + 0.03,
      L['lateral_malleolus.L'][1] + 0.12,
      'min',
    ),
    head: girthAt(skin, mid(front, back), headN[1] < 0 ? [0, -headN[1], -headN[2]] : headN),
  };
}

/**
 * The atlas pose: both arms turned out this far (degrees) from hanging at the side, about the shoulder joint, so
 * the trunk and each arm are separate surfaces from the armpit down.
 */
export const ATLAS_ABDUCTION_DEG = 45;

/**
 * The glenohumeral joint centre relative to the acromion's landmark, in metres per 1.7 m of stature (x toward the
 * subject's left for the left side, y up, z forward): 4 cm medial, 4 cm below and 4 mm behind it (the centre of the
 * humeral head, under the acromion's lateral overhang). The generator turns the arm about this point; the measures
 * use it to undo that turn (upper arm) and to raise the arm sideways (span).
 */
export const SHOULDER_JOINT_OFFSET: readonly [number, number, number] = [-0.04, -0.04, -0.004];

/** The left shoulder joint centre estimated from the acromion (see SHOULDER_JOINT_OFFSET). */
export function shoulderJoint(L: Record<string, readonly number[]>, stature: number): P3 {
  const a = L['acromion.L'];
  const k = stature / 1.7;
  return [0, 1, 2].map((i) => a[i] + SHOULDER_JOINT_OFFSET[i] * k) as P3;
}

/** Rotates p about the axis through o with unit direction ax by angle t (Rodrigues). */
function rotateAbout(p: readonly number[], o: P3, ax: P3, t: number): P3 {
  const v = [p[0] - o[0], p[1] - o[1], p[2] - o[2]];
  const c = Math.cos(t);
  const s = Math.sin(t);
  const d = ax[0] * v[0] + ax[1] * v[1] + ax[2] * v[2];
  const x = [ax[1] * v[2] - ax[2] * v[1], ax[2] * v[0] - ax[0] * v[2], ax[0] * v[1] - ax[1] * v[0]];
  return [0, 1, 2].map((i) => o[i] + v[i] * c + x[i] * s + ax[i] * d * (1 - c)) as P3;
}

/**
 * A left-arm landmark as it would lie with the arm hanging (ANSUR's measuring posture): turned about the shoulder
 * joint until the upper arm's axis (joint → middle of the epicondyles) points straight down.
 */
export function hangingArmPoint(
  L: Record<string, readonly number[]>,
  stature: number,
  p: readonly number[],
): P3 {
  const j = shoulderJoint(L, stature);
  const e = mid(L['lateral_epicondyle.L'], L['medial_epicondyle.L']);
  const u = unit([e[0] - j[0], e[1] - j[1], e[2] - j[2]]);
  const down: P3 = [0, -1, 0];
  const ax: P3 = [
    u[1] * down[2] - u[2] * down[1],
    u[2] * down[0] - u[0] * down[2],
    u[0] * down[1] - u[1] * down[0],
  ];
  const l = Math.hypot(ax[0], ax[1], ax[2]);
  if (l < 1e-9) return [p[0], p[1], p[2]];
  const t = Math.acos(Math.max(-1, Math.min(1, -u[1])));
  return rotateAbout(p, j, [ax[0] / l, ax[1] / l, ax[2] / l], t);
}

/**
 * Span with the arms raised sideways: twice (the shoulder joint's distance from the midline + its reach to the middle
 * fingertip). The reach does not depend on how far the arm is turned out about the joint.
 */
export function span(L: Record<string, readonly number[]>, stature: number): number {
  const j = shoulderJoint(L, stature);
  return 2 * (j[0] + dist(j, L['middle_tip.L']));
}

/** Largest distance from sampled skin vertices to the mirror image of the skin (x → −x). */
export function mirrorAsymmetry(skin: TriMesh, q: Pick<Surface, 'closest'>, stride = 7): number {
  const P = skin.positions;
  let worst = 0;
  for (let i = 0; i < P.length / 3; i += stride) {
    const d = q.closest([-P[i * 3], P[i * 3 + 1], P[i * 3 + 2]]).distance;
    if (d > worst) worst = d;
  }
  return worst;
}

/** Every measure of reference-facts §6 that applies, with its target and whether it is met. */
export function measureBody(b: MeasuredBody): Measure[] {
  const A = ANSUR[b.sex];
  const L = b.landmarks;
  const H = b.stature;
  const out: Measure[] = [];
  const ratio = (name: string, group: Measure['group'], value: number, r: number) =>
    out.push({
      name,
      group,
      value,
      target: r * H,
      lo: r * H * (1 - HEIGHT_TOLERANCE),
      hi: r * H * (1 + HEIGHT_TOLERANCE),
      unit: 'm',
      ok: Math.abs(value - r * H) <= r * H * HEIGHT_TOLERANCE,
    });
  const h = A.heights;
  const yAvg = (n: string) => (L[`${n}.L`][1] + L[`${n}.R`][1]) / 2;
  ratio('suprasternale height', 'height', L['suprasternal_notch'][1], h.suprasternale);
  ratio('acromial height', 'height', yAvg('acromion'), h.acromial);
  ratio('cervicale height', 'height', L['spinous.C7'][1], h.cervicale);
  ratio('iliocristale height', 'height', yAvg('iliac_crest_top'), h.iliocristale);
  ratio('omphalion height', 'height', L['umbilicus'][1], h.omphalion);
  ratio('trochanterion height', 'height', yAvg('greater_trochanter'), h.trochanterion);
  ratio('crotch height', 'height', L['perineum'][1], h.crotch);
  ratio(
    'knee height (mid-patella)',
    'height',
    (yAvg('patella_base') + yAvg('patella_apex')) / 2,
    h.kneeMidPatella,
  );
  ratio('tibiale height', 'height', yAvg('tibiale'), h.tibiale);
  ratio('lateral malleolus height', 'height', yAvg('lateral_malleolus'), h.lateralMalleolus);
  const l = A.lengths;
  // ANSUR measures the upper arm hanging at the side: the atlas pose's turn is undone about the shoulder joint
  const radialeHanging = hangingArmPoint(L, H, L['radiale.L']);
  ratio('upper arm (acromion–radiale)', 'length', dist(L['acromion.L'], radialeHanging), l.upperArm);
  ratio('forearm (radiale–stylion)', 'length', dist(L['radiale.L'], L['radial_styloid.L']), l.forearm);
  ratio('hand length', 'length', dist(L['wrist_crease_palmar.L'], L['middle_tip.L']), l.hand);
  const heel = L['heel.L'];
  const toe = L['great_toe_tip.L'];
  ratio('foot length', 'length', Math.hypot(toe[0] - heel[0], toe[2] - heel[2]), l.foot);
  const sp = span(L, H) / H;
  out.push({
    name: 'span / stature',
    group: 'span',
    value: sp,
    target: A.span,
    lo: 1,
    hi: 1.05,
    unit: 'ratio',
    ok: sp >= 1 && sp <= 1.05,
  });
  const bi = L['acromion.L'][0] - L['acromion.R'][0];
  const bt = A.biacromial.ratio * H;
  out.push({
    name: 'biacromial breadth',
    group: 'breadth',
    value: bi,
    target: bt,
    lo: bt * 0.97,
    hi: bt * 1.03,
    unit: 'm',
    ok: Math.abs(bi - bt) <= bt * 0.03,
  });
  const g = girths(b.skin, L);
  for (const [name, v] of Object.entries(g) as [GirthName, number][]) {
    const t = A.girths[name];
    out.push({
      name: `${name} circumference`,
      group: 'girth',
      value: v,
      target: t.mean,
      lo: t.mean - t.sd,
      hi: t.mean + t.sd,
      unit: 'm',
      ok: Math.abs(v - t.mean) <= t.sd,
    });
  }
  const asym = mirrorAsymmetry(b.skin, b.surface);
  out.push({
    name: 'left/right mirror asymmetry',
    group: 'symmetry',
    value: asym,
    target: 0,
    lo: 0,
    hi: 0.002,
    unit: 'm',
    ok: asym <= 0.002,
  });
  const wt = isWatertight(b.skin);
  out.push({
    name: 'watertight skin',
    group: 'topology',
    value: wt ? 1 : 0,
    target: 1,
    lo: 1,
    hi: 1,
    unit: 'bool',
    ok: wt,
  });
  return out;
}

/** One line per measure: value beside target, and a mark on misses. */
export function formatMeasures(ms: Measure[]): string {
  const f = (m: Measure, v: number) =>
    m.unit === 'm' ? `${(v * 1000).toFixed(1)} mm` : m.unit === 'ratio' ? v.toFixed(3) : v ? 'yes' : 'no';
  return ms
    .map(
      (m) =>
        `${m.ok ? '  ok ' : 'MISS '} ${m.name.padEnd(32)} ${f(m, m.value).padStart(10)}   target ${f(m, m.target)} [${f(m, m.lo)} – ${f(m, m.hi)}]`,
    )
    .join('\n');
}
