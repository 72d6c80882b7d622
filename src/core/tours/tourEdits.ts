import type { TourFields, TourScene } from '../../schema/records/tour';

/** A new random id for a scene or a callout (stable once made: edits and undo keep it). */
export const newTourId = (): string => crypto.randomUUID().replaceAll('-', '').slice(0, 12);

const withScenes = (tour: TourFields, scenes: TourScene[]): TourFields => ({ ...tour, scenes });

/** Moves scene `from` to position `to` (both clamped to the tour). */
export function moveScene(tour: TourFields, from: number, to: number): TourFields {
  const scenes = [...tour.scenes];
  const t = Math.max(0, Math.min(scenes.length - 1, to));
  if (from < 0 || from >= scenes.length || t === from) return tour;
  const [s] = scenes.splice(from, 1);
  scenes.splice(t, 0, s);
  return withScenes(tour, scenes);
}

/** Inserts a copy of scene `i` after it, with new ids for the scene and its callouts. */
export function duplicateScene(tour: TourFields, i: number): TourFields {
  const s = tour.scenes[i];
  if (!s) return tour;
  const copy: TourScene = {
    ...s,
    id: newTourId(),
    callouts: s.callouts.map((c) => ({ ...c, id: newTourId() })),
  };
  const scenes = [...tour.scenes];
  scenes.splice(i + 1, 0, copy);
  return withScenes(tour, scenes);
}

/** Deletes scene `i`; a tour keeps at least one scene. */
export function deleteScene(tour: TourFields, i: number): TourFields {
  if (tour.scenes.length <= 1 || !tour.scenes[i]) return tour;
  return withScenes(
    tour,
    tour.scenes.filter((_, j) => j !== i),
  );
}

/** Adds a scene after `after` (at the end when absent). */
export function insertScene(tour: TourFields, scene: TourScene, after = tour.scenes.length - 1): TourFields {
  const scenes = [...tour.scenes];
  scenes.splice(after + 1, 0, scene);
  return withScenes(tour, scenes);
}

/** Replaces scene `i` by `patch` applied to it. */
export function updateScene(tour: TourFields, i: number, patch: Partial<TourScene>): TourFields {
  if (!tour.scenes[i]) return tour;
  return withScenes(
    tour,
    tour.scenes.map((s, j) => (j === i ? { ...s, ...patch } : s)),
  );
}

/** The scene index a presenter key leads to, or null when the key is not a navigation key. */
export function sceneAfterKey(key: string, index: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
