import { retryNeuro } from '../state/neuroLoader';
import { loadNptData, useNptStore } from '../state/nptStore';
import { useAtlasStore } from '../state/store';
import { AtlasProgress } from './AtlasProgress';
import { LayerControls } from './LayerControls';
import { PointList } from './PointList';

/** A failure in the panel, said plainly, with a button that tries again. */
function RetryBox({
  message,
  retryLabel,
  onRetry,
}: {
  message: string | null;
  retryLabel?: string;
  onRetry: () => void;
}) {
  return (
    <div className="error-box" role="alert">
      <p>{message}</p>
      <button type="button" aria-label={retryLabel} onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

/** The layers of the atlas on the current body, each switchable, with legend and counts; then the point list. */
export function LayerPanel() {
  const layers = useAtlasStore((s) => s.layers);
  const status = useAtlasStore((s) => s.atlasStatus);
  const error = useAtlasStore((s) => s.atlasError);
  const retry = useAtlasStore((s) => s.retry);
  const neuroFailed = useAtlasStore((s) => s.neuroStatus === 'error');
  const nptError = useNptStore((s) => s.error);
  return (
    <nav className="panel layer-panel" aria-label="Layers">
      <h2>Layers</h2>
      {status === 'loading' && <AtlasProgress />}
      {status === 'error' && <RetryBox message={error} onRetry={retry} />}
      {neuroFailed && (
        <RetryBox
          message="The dermatome, ear and NRT layers could not be loaded."
          retryLabel="Retry the dermatome, ear and NRT layers"
          onRetry={retryNeuro}
        />
      )}
      {nptError && (
        <RetryBox
          message={nptError}
          retryLabel="Retry the nerve exit site data"
          onRetry={() => void loadNptData()}
        />
      )}
      {layers.map((l, i) => (
        <LayerControls key={l.id} layer={l} open={i === 0} />
      ))}
      <PointList />
    </nav>
  );
}
