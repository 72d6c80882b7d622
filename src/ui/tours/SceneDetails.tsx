import { useState } from 'react';
import { useAtlasStore } from '../../state/store';
import {
  addCallout,
  editScene,
  recaptureScene,
  removeCallout,
  toggleHighlight,
} from '../../state/tours/tourActions';
import { useTourStore } from '../../state/tours/tourStore';

/** The current scene: its caption, callouts (at the selected point), highlights, and re-capture from the view. */
export function SceneDetails() {
  const draft = useTourStore((s) => s.draft)!;
  const scene = draft.history.present.scenes[draft.index];
  const selection = useAtlasStore((s) => s.selection);
  const [text, setText] = useState('');
  if (!scene) return null;
  return (
    <div className="scene-details">
      <h3>Scene {draft.index + 1}</h3>
      <label className="field">
        Caption
        <textarea
          rows={2}
          maxLength={300}
          value={scene.caption}
          onChange={(e) => editScene({ caption: e.target.value })}
        />
      </label>
      <p>
        <button type="button" onClick={recaptureScene}>
          Update from this view
        </button>{' '}
        <button type="button" onClick={toggleHighlight} disabled={!selection}>
          Highlight the selected point
        </button>
      </p>
      {scene.highlights.length > 0 && <p className="muted">Highlighted: {scene.highlights.join(', ')}</p>}
      <form
        className="callout-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (addCallout(text)) setText('');
        }}
      >
        <label className="field">
          Callout at{' '}
          {selection ? `${selection.code} ${selection.side}` : 'the selected point (select one first)'}
          <input value={text} maxLength={120} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" disabled={!text.trim() || (!selection && !scene.selected)}>
          Add callout
        </button>
      </form>
      {scene.callouts.length > 0 && (
        <ul className="callout-list" aria-label="Callouts">
          {scene.callouts.map((c) => (
            <li key={c.id}>
              {c.site}: {c.text}{' '}
              <button
                type="button"
                aria-label={`Remove callout ${c.text}`}
                onClick={() => removeCallout(c.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
