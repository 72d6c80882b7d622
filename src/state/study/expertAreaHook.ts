/**
 * The seam to the uncertainty field (the experts' spread of a point, issue 16's other half): what the locate
 * feedback needs of it. The module `src/core/uncertainty/expertAreas.ts` exports `expertArea(pointCode)`; it is
 * looked up with import.meta.glob, so this code builds and runs whether or not that module is in the tree yet, and
 * shows no area (and says so) without it.
 */
export interface ExpertAreaView {
  /** The skin area holding 95 % of the qualified practitioners' sites, in cm². */
  areaCm2: number;
  sources: readonly { id: string; locator?: string }[];
  /** The drawn shape: a circle of this radius over the skin, in cm. */
  shape?: { radiusCm: number };
}

type ExpertAreaModule = { expertArea?: (pointCode: string) => ExpertAreaView | undefined };

const found = import.meta.glob<ExpertAreaModule>('../../core/uncertainty/expertAreas.ts');
const load = Object.values(found)[0];

/** Loads the lookup once; undefined when the module is not in the build. */
let lookup: Promise<ExpertAreaModule['expertArea']> | null = null;

/** The experts' spread of a point, or undefined where none is published (or the module is absent). */
export async function expertAreaOf(pointCode: string): Promise<ExpertAreaView | undefined> {
  if (!load) return undefined;
  lookup ??= load().then(
    (m) => m.expertArea,
    () => undefined,
  );
  return (await lookup)?.(pointCode);
}
