import { expertAreaData } from 'virtual:validated/expert-areas';
import type { Evidence, SourceRef } from '../schema/common';
import type { ExpertAreaShape } from '../schema/expertArea';

/**
 * How far qualified practitioners disagree on where one point lies, as a study measured it: the skin area holding
 * 95 % of the sites they marked, with its source, and the shape it is drawn in.
 */
export interface ExpertAreaInfo {
  code: string;
  /** Area holding 95 % of the practitioners' sites, in cm². */
  areaCm2: number;
  /** Area holding 68 % of them, in cm², where published. */
  area68Cm2?: number;
  evidence: Evidence;
  sources: readonly SourceRef[];
  /**
   * The shape drawn: the study gives an area but no axes, so a circle of the same area (radius in cm, measured over
   * the skin from the site).
   */
  shape: { kind: ExpertAreaShape; radiusCm: number };
}

const byCode = new Map(expertAreaData.areas.map((a) => [a.code, a]));

/** The measured spread of a point (`ST36`), or undefined where no study figure is in the atlas. */
export function expertArea(pointCode: string): ExpertAreaInfo | undefined {
  const a = byCode.get(pointCode);
  if (!a) return undefined;
  return {
    code: a.code,
    areaCm2: a.area95Cm2,
    ...(a.area68Cm2 !== undefined ? { area68Cm2: a.area68Cm2 } : {}),
    evidence: a.evidence,
    sources: a.sources,
    shape: { kind: expertAreaData.shape, radiusCm: Math.sqrt(a.area95Cm2 / Math.PI) },
  };
}

/** Every point code with a measured spread, smallest area first. */
export const expertAreaCodes = (): string[] =>
  [...expertAreaData.areas].sort((a, b) => a.area95Cm2 - b.area95Cm2).map((a) => a.code);

/**
 * True for a point the study measured but whose figure the atlas does not have (the paper's full table was not
 * available): the panel says so instead of saying that no study exists.
 */
export const measuredWithoutFigure = (pointCode: string): boolean =>
  expertAreaData.measuredWithoutFigure.includes(pointCode);
