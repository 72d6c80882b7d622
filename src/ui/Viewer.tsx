import { useEffect, useState, type ComponentType } from 'react';
import { useAtlasStore } from '../state/store';
import { PanelBoundary } from './PanelBoundary';
import { CanvasFailure } from './CanvasFailure';
import { ViewerMessage } from './ViewerMessage';
import { webglAvailable } from './webglSupport';

type CanvasModule = { AtlasCanvas: ComponentType<{ generation: number }> };
let canvasModule: CanvasModule | null = null;

/** Loads the 3D code (the entry script has already asked for it) and keeps it for the view. */
export function loadCanvasModule(): Promise<CanvasModule> {
  return import('../scene/AtlasCanvas').then((m) => {
    if (!canvasModule) performance.mark('pointatlas:3d-code');
    canvasModule = m;
    return m;
  });
}

/**
 * The 3D code, loaded apart. Not React.lazy: a Suspense boundary holds back revealing what it waited for by up to
 * 300 ms (React batches reveals), and the 3D view should start the moment its code is there. A failed load is
 * thrown to the boundary around the view, whose Retry loads again.
 */
function useCanvasModule(): CanvasModule | null {
  const [view, setView] = useState(() => canvasModule);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (view) return;
    let live = true;
    loadCanvasModule()
      .then((m) => live && setView(m))
      .catch((e: unknown) => live && setError(e ?? new Error('the 3D code could not be loaded')));
    return () => {
      live = false;
    };
  }, [view]);
  if (error) throw error;
  return view;
}

/** The 3D view once its code is there; "Loading…" before. */
function CanvasSlot({ generation }: { generation: number }) {
  const view = useCanvasModule();
  return view ? (
    <view.AtlasCanvas generation={generation} />
  ) : (
    <p className="viewer-loading">Loading the 3D view…</p>
  );
}

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
  const frameReady = useAtlasStore((s) => s.frameReady);
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
        <CanvasSlot generation={generation} />
      </PanelBoundary>
      {bodyStatus === 'loading' && <p className="viewer-loading">Loading the body…</p>}
      {bodyStatus === 'ready' && !frameReady && webgl !== 'lost' && (
        <p className="viewer-loading">Loading the layers…</p>
      )}
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
