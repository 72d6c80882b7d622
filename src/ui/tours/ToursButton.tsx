import { useAtlasStore } from '../../state/store';
import { useTourStore } from '../../state/tours/tourStore';

/** Opens or closes the tours; their code is fetched on first use, and a failed fetch is reported with a Retry. */
function openTours(open: boolean): void {
  import('../../state/tours/tourActions')
    .then((m) => m.openTours(open))
    .catch((e: unknown) =>
      useAtlasStore
        .getState()
        .notify(`The tours could not be loaded: ${e instanceof Error ? e.message : e}`, () =>
          openTours(open),
        ),
    );
}

/** The toolbar's way to the tours: built-in ones, the user's own, the editor (their code loads on first use). */
export function ToursButton() {
  const open = useTourStore((s) => s.panelOpen);
  return (
    <button type="button" aria-pressed={open} onClick={() => openTours(!open)}>
      Tours
    </button>
  );
}
