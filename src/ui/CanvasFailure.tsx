import { ViewerMessage } from './ViewerMessage';

/** The 3D view could not start (most often: WebGL is off or the graphics driver refused a context). */
export function CanvasFailure({ error, retry }: { error: Error; retry: () => void }) {
  return (
    <ViewerMessage title="3D view unavailable" testId="canvas-failure">
      <p>
        The 3D view could not start ({error.message}). This usually means WebGL is turned off or unsupported
        here. Search, the point list and the point panels still work.
      </p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </ViewerMessage>
  );
}
