import { patchView, type LabelledSkin } from '../../core/study/levelPatch';
import { levelChoices } from '../../core/study/levelQuiz';
import type { Random, QuizItem } from '../../core/study/nameChoices';
import { levelIndex } from '../../core/dermatomeLevels';
import type { Layer } from '../layerTypes';
import { useAtlasStore } from '../store';
import type { LevelBy } from './studyStore';

/** The dermatome label of every skin vertex, once the dermatome layer is among the layers. */
export function dermatomeLabelsOf(layers: readonly Layer[]): Int16Array | undefined {
  const layer = layers.find((l) => l.id === 'dermatomes');
  return layer?.primitive.kind === 'zones' ? layer.primitive.zones.vertexLabel : undefined;
}

/** The dermatome labels of the body shown. */
export const dermatomeLabels = (): Int16Array | undefined =>
  dermatomeLabelsOf(useAtlasStore.getState().layers);

/** The skin of the body shown with its dermatome labels; undefined until both are there (and of one mesh). */
export function labelledSkin(): LabelledSkin | undefined {
  const { skin } = useAtlasStore.getState();
  const labels = dermatomeLabels();
  if (!skin || !labels || labels.length !== skin.positions.length / 3) return undefined;
  return { positions: skin.positions, indices: skin.indices, labels };
}

/**
 * Sets up a level question: a "name the patch" question looks at the patch and offers the neighbouring levels; a
 * "click the patch" question shows the whole body from the side the patch faces (front or back) and offers nothing.
 */
export function poseLevel(level: string, by: LevelBy, random: Random): QuizItem[] {
  const skin = labelledSkin();
  const view = skin ? patchView(skin, levelIndex(level)) : undefined;
  const atlas = useAtlasStore.getState();
  if (by === 'name') {
    if (view) atlas.flyTo(view);
    return levelChoices(level, 4, random);
  }
  atlas.goTo(view && view.position[2] < view.target[2] ? 'back' : 'front');
  return [];
}
