import { useEffect } from 'react';
import { useAtlasStore } from '../../state/store';
import { presenterKey, presentScene, stopPresenting } from '../../state/tours/presentActions';
import { useTourStore } from '../../state/tours/tourStore';
import { LaserPointer } from './LaserPointer';

/**
 * Presenter mode: the panels step aside (body[data-presenting] in styles.css), the caption and the scene counter at
 * projector size, the keys clickers send, the black screen and the laser pointer.
 */
export function PresenterOverlay() {
  const p = useTourStore((s) => s.presenting);
  const sources = useAtlasStore((s) => s.data?.sources);
  const on = !!p;
  useEffect(() => {
    if (!on) return;
    document.body.dataset.presenting = 'true';
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (presenterKey(e.key)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      delete document.body.dataset.presenting;
      window.removeEventListener('keydown', onKey, true);
    };
  }, [on]);
  if (!p) return null;
  const scene = p.tour.scenes[p.index];
  const title = (id: string) => sources?.find((s) => s.id === id)?.title ?? id;
  return (
    <div className="presenter" data-testid="presenter">
      <div className="presenter__top">
        <span className="presenter__title">{p.tour.title}</span>
        <span className="presenter__counter" aria-live="polite" data-testid="scene-counter">
          {p.index + 1} / {p.tour.scenes.length}
        </span>
        <button type="button" className="presenter__exit" onClick={stopPresenting}>
          Leave (Esc)
        </button>
      </div>
      {(scene.caption || scene.sources.length > 0) && (
        <div className="presenter__caption" data-testid="scene-caption">
          {scene.caption && <p>{scene.caption}</p>}
          {scene.sources.length > 0 && (
            <p className="presenter__sources">
              {scene.sources.map((s) => `${title(s.id)} (${s.locator})`).join(' · ')}
            </p>
          )}
        </div>
      )}
      <nav className="presenter__nav" aria-label="Scenes">
        <button
          type="button"
          aria-label="Previous scene"
          disabled={p.index === 0}
          onClick={() => presentScene(p.index - 1)}
        >
          ‹
        </button>
        <button
          type="button"
          aria-label="Next scene"
          disabled={p.index === p.tour.scenes.length - 1}
          onClick={() => presentScene(p.index + 1)}
        >
          ›
        </button>
      </nav>
      {p.laser && <LaserPointer />}
      {p.black && (
        <div className="presenter__black" data-testid="black-screen" onClick={() => presenterKey('b')} />
      )}
    </div>
  );
}
