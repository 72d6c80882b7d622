import type { CarriedEars, ReferenceEars } from '../core/calibration/earCarry';
import type { NeuroSurface } from '../core/neuroSurface';
import type { Vec3 } from '../core/vec';
import type { DermatomeKeyPoint } from '../schema/dermatomeKeyPoint';
import type { NerveSite } from '../schema/nerveSite';
import type { NrtBackZone } from '../schema/nrtZone';
import type { PointRecord } from '../schema/point';
import type { ResolvedAtlas, SkinGeometry } from './atlasTypes';

/** What the engine needs to resolve the layers of a body the build did not see (all structured-cloneable). */
export interface UserAtlasInput {
  skin: SkinGeometry;
  landmarks: Record<string, Vec3>;
  points: PointRecord[];
  /** The nerve exit sites to resolve too (none while the NPT data is missing). */
  nerveSites: NerveSite[];
  /** The dermatome key points and NRT back zones, for the labels of every skin vertex and the key points. */
  neuro: { keyPoints: DermatomeKeyPoint[]; backZones: NrtBackZone[] };
  /** The reference body's ears and the key landmarks placed on this body, to carry the ear layers over (if known). */
  ears?: UserEarInput;
  /** Channel names by code ("LU" → "Lung"), for the progress line. */
  channelNames: Record<string, string>;
}

/** What the ear layers of a user's body are carried from: the profile's placed keys and its reference's ear map. */
export interface UserEarInput extends ReferenceEars {
  /** The shipped body the ears come from. */
  source: string;
  placed: Record<string, Vec3>;
  /** The ear map's part names and area codes (the labels index into them). */
  regions: string[];
  areas: string[];
}

/** A user's body's ear layers: per skin vertex labels and the auricular sites, carried from `source`. */
export interface UserEars extends CarriedEars {
  source: string;
  regions: string[];
  areas: string[];
}

/** What the worker answers: the atlas layers and the neuro layers' inputs of the body. */
export interface UserAtlasResult {
  resolved: ResolvedAtlas;
  /** The labels and key points, or why they could not be computed (the atlas layers are kept either way). */
  neuro: NeuroSurface | { error: string };
  /** The ear layers carried onto the skin, why they could not be, or null when there was nothing to carry. */
  ears: UserEars | { error: string } | null;
}

/** How far the engine got: `done` of `total` (the sum of the stages' weights) and what it is computing now. */
export interface UserAtlasProgress {
  done: number;
  total: number;
  what: string;
}

/** A message from the worker: how far it got, the resolved layers, or why it failed. */
export type UserAtlasReply =
  | ({ type: 'progress' } & UserAtlasProgress)
  | ({ type: 'done' } & UserAtlasResult)
  | { type: 'error'; message: string };

/**
 * The stages of computing a body, in order, each with its share of the bar (about its share of the time on the
 * shipped male body). The points and lines stages report each point and channel segment as it goes (resolveAtlas's
 * steps); the others their start and end. Another stage is one more entry here and one more `at(stage, …)` call in computeUserAtlas.
 */
export const USER_ATLAS_STAGES = {
  skin: { weight: 15, what: 'skin index' },
  points: { weight: 9, what: 'points' },
  lines: { weight: 55, what: 'channel lines' },
  nerves: { weight: 5, what: 'nerve exit sites' },
  neuro: { weight: 16, what: 'dermatome and NRT labels' },
  ears: { weight: 3, what: 'ears' },
} as const;

export type UserAtlasStage = keyof typeof USER_ATLAS_STAGES;

/** The length of the whole bar (the stages' weights added up). */
export const USER_ATLAS_TOTAL = Object.values(USER_ATLAS_STAGES).reduce((n, s) => n + s.weight, 0);
