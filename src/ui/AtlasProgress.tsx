import { useAtlasStore } from '../state/store';

/**
 * While the layers of a body are located: a line saying so and, when the engine runs here on a user's body, a bar
 * of how far it got (a native progress element: its role is progressbar, its value aria-valuenow).
 */
export function AtlasProgress() {
  const progress = useAtlasStore((s) => s.atlasProgress);
  return (
    <div className="atlas-progress">
      <p className="muted" id="atlas-progress-label">
        Locating the points on this body…
      </p>
      {progress && (
        <progress aria-labelledby="atlas-progress-label" max={progress.total} value={progress.done} />
      )}
    </div>
  );
}
