import { useEffect } from 'react';
import { present } from '../../state/tours/presentActions';
import {
  captureView,
  closeDraft,
  redoEdit,
  saveDraft,
  setTitle,
  undoEdit,
} from '../../state/tours/tourActions';
import { useTourStore } from '../../state/tours/tourStore';
import { SceneDetails } from './SceneDetails';
import { SceneList } from './SceneList';

/** The tour editor: title, scenes in order, the current scene's caption and callouts, undo/redo, save, present. */
export function TourEditor() {
  const draft = useTourStore((s) => s.draft)!;
  const tour = draft.history.present;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const field = (e.target as HTMLElement | null)?.closest?.('input, textarea');
      if (field || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      e.preventDefault();
      if (e.shiftKey) redoEdit();
      else undoEdit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="tour-editor">
      <label className="field">
        Title <input value={tour.title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <p className="tour-editor__actions">
        <button type="button" onClick={captureView}>
          Capture this view
        </button>{' '}
        <button type="button" onClick={undoEdit} disabled={draft.history.past.length === 0}>
          Undo
        </button>{' '}
        <button type="button" onClick={redoEdit} disabled={draft.history.future.length === 0}>
          Redo
        </button>
      </p>
      <SceneList />
      <SceneDetails />
      <p className="tour-editor__actions">
        <button type="button" onClick={() => void saveDraft()} disabled={!draft.dirty || !tour.title.trim()}>
          {draft.dirty ? 'Save' : 'Saved'}
        </button>{' '}
        <button type="button" onClick={() => present(tour, draft.index)}>
          Present from this scene
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            if (!draft.dirty || window.confirm('Close the editor without saving the changes?')) closeDraft();
          }}
        >
          Close
        </button>
      </p>
    </div>
  );
}
