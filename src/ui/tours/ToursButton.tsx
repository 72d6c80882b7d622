import { useTourStore } from '../../state/tours/tourStore';

/** The toolbar's way to the tours: built-in ones, the user's own, the editor (their code loads on first use). */
export function ToursButton() {
  const open = useTourStore((s) => s.panelOpen);
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => void import('../../state/tours/tourActions').then((m) => m.openTours(!open))}
    >
      Tours
    </button>
  );
}
