import { useEffect, useState } from 'react';
import type { BuiltInTour } from '../../schema/records/tour';
import { closeDraft, editTour, newTour, openTours } from '../../state/tours/tourActions';
import { useAtlasStore } from '../../state/store';
import { useTourStore } from '../../state/tours/tourStore';
import { ModePanel } from '../ModePanel';
import { TourEditor } from './TourEditor';
import { TourImport } from './TourImport';
import { TourList } from './TourList';

/** The tours panel: the built-in tours, the user's own, a new tour from the view, import; or the editor. */
export function ToursPanel() {
  const open = useTourStore((s) => s.panelOpen);
  const editing = useTourStore((s) => !!s.draft);
  const message = useTourStore((s) => s.message);
  const [builtIn, setBuiltIn] = useState<BuiltInTour[]>([]);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!open || builtIn.length > 0) return;
    import('../../data/tours')
      .then((m) => setBuiltIn(m.builtInTours))
      .catch((e: unknown) =>
        useAtlasStore
          .getState()
          .notify(`The built-in tours could not be loaded: ${e instanceof Error ? e.message : e}`, () =>
            setAttempt((a) => a + 1),
          ),
      );
  }, [open, builtIn.length, attempt]);
  if (!open) return null;
  return (
    <ModePanel
      id="tours"
      title="Tours"
      closeLabel="Close tours"
      onClose={() => {
        closeDraft();
        void openTours(false);
      }}
      message={message}
    >
      {editing ? (
        <TourEditor />
      ) : (
        <>
          <p>
            <button type="button" onClick={newTour}>
              New tour from this view
            </button>
          </p>
          <TourList builtIn={builtIn} onEditCopy={(t) => editTour(t)} />
          <TourImport />
        </>
      )}
    </ModePanel>
  );
}
