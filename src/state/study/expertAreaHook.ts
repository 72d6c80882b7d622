import { expertArea, type ExpertAreaInfo } from '../expertAreas';

/** What the locate feedback shows of the experts' spread of a point (src/state/expertAreas.ts). */
export type ExpertAreaView = ExpertAreaInfo;

/**
 * The experts' spread of a point (Molsberger et al. 2012), or undefined where the atlas has no study figure for it.
 * Asynchronous so that the feedback does not depend on where the figures live.
 */
export async function expertAreaOf(pointCode: string): Promise<ExpertAreaView | undefined> {
  return expertArea(pointCode);
}
