import { sceneAfterKey } from '../../core/tours/tourEdits';
import type { TourFields } from '../../schema/records/tour';
import { showScene } from './showScene';
import { useTourStore } from './tourStore';

const set = useTourStore.setState;
const get = useTourStore.getState;

/** Presents a tour from scene `index`: the panels step aside, the first scene is put on screen. */
export function present(tour: TourFields, index = 0): void {
  const i = Math.max(0, Math.min(tour.scenes.length - 1, index));
  set({ presenting: { tour, index: i, black: false, laser: true }, panelOpen: false });
  showScene(tour.scenes[i]);
}

/** Goes to scene `index` of the tour presented (no reload: only the store changes). */
export function presentScene(index: number): void {
  const p = get().presenting;
  if (!p || index === p.index || !p.tour.scenes[index]) return;
  set({ presenting: { ...p, index, black: false } });
  showScene(p.tour.scenes[index]);
}

export const toggleBlack = () =>
  set((s) => (s.presenting ? { presenting: { ...s.presenting, black: !s.presenting.black } } : s));
export const toggleLaser = () =>
  set((s) => (s.presenting ? { presenting: { ...s.presenting, laser: !s.presenting.laser } } : s));

/** Leaves presenter mode; the view stays where the tour left it. */
export const stopPresenting = () => set({ presenting: null });

/**
 * What a key does while presenting (the keys clickers send): next, previous, first, last, black screen (B or .),
 * laser pointer (L), leave (Esc). Returns true when the key was used.
 */
export function presenterKey(key: string): boolean {
  const p = get().presenting;
  if (!p) return false;
  if (key === 'Escape') return (stopPresenting(), true);
  if (key === 'b' || key === 'B' || key === '.') return (toggleBlack(), true);
  if (key === 'l' || key === 'L') return (toggleLaser(), true);
  const next = sceneAfterKey(key, p.index, p.tour.scenes.length);
  if (next === null) return false;
  presentScene(next);
  return true;
}
