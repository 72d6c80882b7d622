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
    chest: girthAt(skin, [0, L['nipple.L'][1], zc], UP, L['axilla_apex.L'][0] + 0.005),
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

/** Span with the arms raised sideways: twice (shoulder-joint centre's distance from the midline + its reach to the middle fingertip). */
export function span(L: Record<string, readonly number[]>): number {
  const shoulder = mid(L['acromion.L'], L['axilla_apex.L']);
  return 2 * (shoulder[0] + dist(shoulder, L['middle_tip.L']));
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
  ratio('upper arm (acromion–radiale)', 'length', dist(L['acromion.L'], L['radiale.L']), l.upperArm);
  ratio('forearm (radiale–stylion)', 'length', dist(L['radiale.L'], L['radial_styloid.L']), l.forearm);
  ratio('hand length', 'length', dist(L['wrist_crease_palmar.L'], L['middle_tip.L']), l.hand);
  const heel = L['heel.L'];
  const toe = L['great_toe_tip.L'];
  ratio('foot length', 'length', Math.hypot(toe[0] - heel[0], toe[2] - heel[2]), l.foot);
  const sp = span(L) / H;
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
