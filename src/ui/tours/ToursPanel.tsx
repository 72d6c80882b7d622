import { useEffect, useState } from 'react';
import type { BuiltInTour } from '../../schema/records/tour';
import { closeDraft, editTour, newTour, openTours } from '../../state/tours/tourActions';
import { useTourStore } from '../../state/tours/tourStore';
import { TourEditor } from './TourEditor';
import { TourImport } from './TourImport';
import { TourList } from './TourList';

/** The tours panel: the built-in tours, the user's own, a new tour from the view, import; or the editor. */
export function ToursPanel() {
  const open = useTourStore((s) => s.panelOpen);
  const editing = useTourStore((s) => !!s.draft);
  const message = useTourStore((s) => s.message);
  const [builtIn, setBuiltIn] = useState<BuiltInTour[]>([]);
  useEffect(() => {
    if (open && builtIn.length === 0) void import('../../data/tours').then((m) => setBuiltIn(m.builtInTours));
  }, [open, builtIn.length]);
  if (!open) return null;
  return (
    <section className="panel tours-panel" aria-labelledby="tours-heading">
      <header className="panel-head">
        <h2 id="tours-heading">Tours</h2>
        <button
          type="button"
          className="close"
          aria-label="Close tours"
          onClick={() => {
            closeDraft();
            void openTours(false);
          }}
        >
          ×
        </button>
      </header>
      {message && (
        <p className="warning" role="alert">
          {message}
        </p>
      )}
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
    </section>
  );
}
