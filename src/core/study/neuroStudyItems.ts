import type { DermatomeKeyPoint } from '../../schema/dermatomeKeyPoint';
import type { Region } from '../../schema/point';
import type { StudyItem } from './decks';
import { LEVEL_REGION, levelItems } from './levelQuiz';

/** The layer ids of the study items that are no channel point: the dermatome levels and their key points. */
export const LEVEL_LAYER = 'dermatomes';
export const KEY_POINT_LAYER = 'dermatome-key';

/**
 * The body region whose segment measures a key point's B-cun when its own placement measured none (most sit at a
 * landmark or a fraction between two): the region each lies in, as the channel points there are measured.
 */
export const KEY_POINT_MEASURE: Record<string, Region> = {
  C2: 'head',
  C3: 'neck',
  C4: 'shoulder',
  C5: 'upper-arm',
  C6: 'hand',
  C7: 'hand',
  C8: 'hand',
  T1: 'upper-arm',
  T2: 'chest',
  T3: 'chest',
  T4: 'chest',
  T5: 'chest',
  T6: 'chest',
  T7: 'upper-abdomen',
  T8: 'upper-abdomen',
  T9: 'upper-abdomen',
  T10: 'lower-abdomen',
  T11: 'lower-abdomen',
  T12: 'lower-abdomen',
  L1: 'hip-thigh',
  L2: 'hip-thigh',
  L3: 'hip-thigh',
  L4: 'knee-leg',
  L5: 'foot',
  S1: 'foot',
  S2: 'knee-leg',
  S3: 'sacrum-buttock',
  'S4-5': 'sacrum-buttock',
};

/** The quiz items of the ISNCSCI key sensory points (locate and name), one per level. */
export const keyPointItems = (
  keyPoints: readonly Pick<DermatomeKeyPoint, 'code' | 'level' | 'location'>[],
): StudyItem[] =>
  keyPoints.map((k, i) => ({
    code: k.code,
    name: `${k.level} key point · ${k.location}`,
    pinyin: `${k.level} key sensory point`,
    english: `${k.level} key sensory point`,
    region: 'ISNCSCI key points',
    order: i + 1,
    level: k.level,
    layer: KEY_POINT_LAYER,
    measureRegion: KEY_POINT_MEASURE[k.level],
  }));

/** The items of the level quiz: one per dermatome level, asked only by the level quiz. */
export const levelStudyItems = (): StudyItem[] =>
  levelItems().map((l) => ({
    ...l,
    pinyin: l.name,
    english: l.name,
    region: LEVEL_REGION,
    layer: LEVEL_LAYER,
  }));
