/**
 * The ear drawn in 2-D: control points of a left auricle seen from the side, in millimetres of a reference ear
 * 62 mm long and 34 mm broad. x2 points anterior (toward the face), y2 up; the origin lies near the tragus.
 * Everything else (relief, regions, placement frames) derives from these curves.
 */
import type { V2 } from './polyline';

/** Reference size of the template (mm): length (y extent) and breadth (x extent). */
export const REF_LENGTH = 61.5;
export const REF_BREADTH = 34.3;

/**
 * Closed outline, counter-clockwise; the outline parameter u is the control-point index (fractional between).
 * 0–1 helix root, 1–8 ascending helix and apex, 8–9.5 tubercle, 9.5–15 descending helix and tail, 15–20 lobe,
 * 20–24 lobe attachment, intertragic margin, tragus and supratragic margin (these run into the face).
 */
export const OUTLINE: V2[] = [
  [1.5, 9],
  [0.6, 15],
  [-0.8, 21],
  [-3.6, 26.4],
  [-9, 29.9],
  [-16, 30.5],
  [-22, 29.2],
  [-27, 25.8],
  [-30.3, 20.5],
  [-31.8, 14],
  [-32.5, 7],
  [-32.2, 0],
  [-30.8, -7],
  [-28.7, -13],
  [-26.7, -18.5],
  [-24.5, -24],
  [-21, -28.8],
  [-16, -31],
  [-10.5, -29.6],
  [-6.5, -25.5],
  [-3.5, -20],
  [-0.5, -15],
  [2.2, -10],
  [2.8, -3],
  [2.6, 3],
];

/** Outline parameter ranges of the helix regions along the rim. */
export const RIM_U = { start: 0.9, tubercle: 8.1, tail: 9.5, end: 14.8 } as const;
/** Outline parameter range where the outline runs into the face (the anterior skin ramp). */
export const FACE_U = { from: 20, to: 26.2 } as const;

/** The helix roll is an ellipse this much longer across the rim than deep. */
export const RIM_ELONG = 1.12;

/** Helix roll centre height above the ear plane (mm, reference) where the roll is full. */
export const RIM_W = 0.4;

/** Height of the roll's centre (mm) for a roll of radius r (mm) on an ear of scale sc: thinner parts of the roll
 * (its start at the front and its tail into the lobe) sink to the plate, so they merge into it without a fin. */
export function rimCentre(r: number, sc: number): number {
  return (RIM_W - 2.8 * (1 - Math.min(r / (2.4 * sc), 1))) * sc;
}

/** Helix tube radius (mm, reference) along the outline parameter u; zero where there is no free rim. */
export function rimRadius(u: number): number {
  if (u < 0.3 || u > 15.6) return 0;
  // At the front the roll ends in a rounded cap where it runs into the face.
  const t = Math.min(1, (u - 0.3) / 0.5);
  const grow = Math.sqrt(1 - (1 - t) ** 2);
  const fade = 1 - smooth(13.6, 15.6, u);
  const tubercle = 0.45 * Math.exp(-(((u - 8.7) / 0.55) ** 2));
  const base = u < 11 ? 2.4 : 2.4 - 0.22 * (u - 11);
  return (base + tubercle) * grow * fade;
}

export function smooth(e0: number, e1: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/** Helix crus: from its end inside the concha to the root, where it joins the ascending helix. */
export const HELIX_CRUS: V2[] = [
  [-13.8, 2.3],
  [-10, 3.4],
  [-6.5, 5.1],
  [-3.6, 7.5],
  [-1.9, 10.3],
  [-0.9, 12.4],
];
/** Antihelix body: from the fork of the crura down to the notch above the antitragus. */
export const ANTIHELIX_BODY: V2[] = [
  [-20, 12.5],
  [-21.2, 7],
  [-21.8, 1],
  [-21.5, -4],
  [-20.4, -8.5],
  [-18.9, -11.6],
];
/** Superior crus: from the fork up to its end under the helix. */
export const SUPERIOR_CRUS: V2[] = [
  [-20, 12.5],
  [-19.8, 16.5],
  [-18.9, 20.5],
  [-17, 24.6],
];
/** Inferior crus: from the fork forward to its end under the helix. */
export const INFERIOR_CRUS: V2[] = [
  [-20, 12.5],
  [-16.5, 12.4],
  [-12.5, 12.9],
  [-8.5, 14.2],
  [-5.2, 16.4],
  [-3.3, 18.4],
];
/** Antitragus: from its posterior end (at the antihelix) to its anterior tip at the intertragic notch. */
export const ANTITRAGUS: V2[] = [
  [-19.6, -11.2],
  [-16.5, -12.9],
  [-13, -14.1],
  [-10.2, -14.5],
];
/** Tragus crest: from its top (supratragic notch) down to its base at the intertragic notch. */
export const TRAGUS: V2[] = [
  [-0.9, 1.6],
  [-1.2, -3.5],
  [-1.6, -8.5],
  [-2.3, -11.2],
];
/** Concha boundary (closed): cymba roof under the inferior crus, antihelix wall, antitragus, tragus. */
export const CONCHA: V2[] = [
  [-3.3, 13.6],
  [-8.5, 11.9],
  [-13, 10.9],
  [-17.8, 10.4],
  [-19, 7],
  [-19.3, 2],
  [-19.1, -3.5],
  [-18.1, -8],
  [-16.5, -10.6],
  [-12.5, -12.1],
  [-8.5, -13.1],
  [-5.6, -12.7],
  [-3.7, -10],
  [-3.1, -5],
  [-2.8, 0],
  [-2.4, 3.5],
  [-1.8, 7.5],
  [-2, 11],
];
/** Line along which the front of the ear (helix root, tragus, lobe attachment) is fixed to the face. */
export const ROOT_LINE: V2[] = [
  [0.5, 15.5],
  [-1.2, 9],
  [-2.6, 3],
  [-3.2, -4],
  [-3.9, -10],
  [-5, -14],
  [-6.3, -19.5],
  [-7.3, -23],
];
/** Named points of the template. */
export const POINTS = {
  canal: [-4.2, -5] as V2,
  tragusFlap: [-2, -4.5] as V2,
  intertragic: [-6.6, -14.6] as V2,
  supratragic: [-0.9, 4.6] as V2,
  fossa: [-11.5, 19] as V2,
  lobeTop: -17.5,
  lobeBottom: -30.6,
} as const;
