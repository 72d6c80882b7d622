import { lazy, Suspense, useState } from 'react';
import { useAtlasStore } from '../state/store';
import { PanelBoundary } from './PanelBoundary';
import { CanvasFailure } from './CanvasFailure';
import { ViewerMessage } from './ViewerMessage';
import { webglAvailable } from './webglSupport';

// the view is created as soon as its code is ready, without waiting for the GPU probe (AtlasCanvas starts with
// software-safe settings if the probe has not answered yet)
const AtlasCanvas = lazy(() =>
  import('../scene/AtlasCanvas').then((m) => {
    performance.mark('pointatlas:3d-code');
    return { default: m.AtlasCanvas };
  }),
);

/**
 * The 3D view and everything that can go wrong with it: no WebGL, a lost context, a body that fails to load.
 * Each case says what happened and offers a way back; the panels keep working.
 */
export function Viewer() {
  const [supported] = useState(webglAvailable);
  const [generation, setGeneration] = useState(0);
  const webgl = useAtlasStore((s) => s.webgl);
  const bodyStatus = useAtlasStore((s) => s.bodyStatus);
  const bodyError = useAtlasStore((s) => s.bodyError);
  const retry = useAtlasStore((s) => s.retry);
  const rebuild = () => {
    useAtlasStore.getState().setWebgl('ok');
    setGeneration((g) => g + 1);
  };
  if (!supported) {
    return (
      <ViewerMessage title="3D view unavailable" testId="webgl-unavailable">
        <p>
          This browser cannot draw 3D graphics here (WebGL is off or unsupported). Search, the point list and
          the point panels still work; to see the body, enable hardware acceleration or WebGL and reload.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </ViewerMessage>
    );
  }
  return (
    <div className="viewer">
      <PanelBoundary
        name="3D view"
        fallback={(error, reset) => <CanvasFailure error={error} retry={reset} />}
      >
        <Suspense fallback={<p className="viewer-loading">Loading the 3D view…</p>}>
          <AtlasCanvas generation={generation} />
        </Suspense>
      </PanelBoundary>
      {bodyStatus === 'loading' && <p className="viewer-loading">Loading the body…</p>}
      {bodyStatus === 'error' && (
        <ViewerMessage title="The body could not be loaded" testId="body-error">
          <p>{bodyError}</p>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </ViewerMessage>
      )}
      {webgl === 'lost' && (
        <ViewerMessage title="The 3D view stopped" testId="context-lost">
          <p>The graphics context was lost (the GPU was reset or the tab ran short of memory).</p>
          <button type="button" onClick={rebuild}>
            Restart the 3D view
          </button>
        </ViewerMessage>
      )}
    </div>
  );
}
