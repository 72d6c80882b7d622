import { deleteScene, duplicateScene, goToScene, moveScene } from '../../state/tours/tourActions';
import { useTourStore } from '../../state/tours/tourStore';

/** The tour's scenes in order: show one, move it (buttons or Alt+↑/↓), duplicate, delete. */
export function SceneList() {
  const draft = useTourStore((s) => s.draft)!;
  const scenes = draft.history.present.scenes;
  return (
    <ol className="scene-list" aria-label="Scenes">
      {scenes.map((s, i) => (
        <li key={s.id} aria-current={i === draft.index ? 'step' : undefined}>
          <button
            type="button"
            className="scene-list__show"
            onClick={() => goToScene(i)}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
              e.preventDefault();
              moveScene(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
            }}
          >
            {i + 1}. {s.caption || `(${s.body}, ${s.view ?? 'own view'}, no caption)`}
          </button>
          <span className="scene-list__tools">
            <button
              type="button"
              aria-label={`Move scene ${i + 1} up`}
              disabled={i === 0}
              onClick={() => moveScene(i, i - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move scene ${i + 1} down`}
              disabled={i === scenes.length - 1}
              onClick={() => moveScene(i, i + 1)}
            >
              ↓
            </button>
            <button type="button" aria-label={`Duplicate scene ${i + 1}`} onClick={() => duplicateScene(i)}>
              ⧉
            </button>
            <button
              type="button"
              aria-label={`Delete scene ${i + 1}`}
              disabled={scenes.length === 1}
              onClick={() => deleteScene(i)}
            >
              ×
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
