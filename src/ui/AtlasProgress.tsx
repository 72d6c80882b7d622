import { useAtlasStore } from '../state/store';

/**
 * While the layers of a body are located: a line saying so and, when the engine runs here on a user's body, a bar
 * of how far it got (a native progress element: its role is progressbar, its value aria-valuenow) with what it is
 * computing now, under it and as the bar's aria-valuetext ("Lung channel, 40%").
 */
export function AtlasProgress() {
  const progress = useAtlasStore((s) => s.atlasProgress);
  const now = progress && nowText(progress);
  return (
    <div className="atlas-progress">
      <p className="muted" id="atlas-progress-label">
        Locating the points on this body…
      </p>
      {progress && (
        <>
          <progress
            aria-labelledby="atlas-progress-label"
            aria-valuetext={now!}
            max={progress.total}
            value={progress.done}
          />
          {/* the same words as the bar's value text, which screen readers read already */}
          <p className="muted atlas-progress-now" aria-hidden="true">
            {now}
          </p>
        </>
      )}
    </div>
  );
}

const nowText = ({ done, total, what }: { done: number; total: number; what: string }) =>
  `${what.charAt(0).toUpperCase()}${what.slice(1)}, ${Math.floor((100 * done) / total)}%`;
