import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAtlasLoader } from './state/atlasLoader';
import { preloadNeuro, startNeuroLoader } from './state/neuroLoader';
import { startOffline } from './state/offline';
import { BODY_IDS } from './state/bodyUrls';
import { parseUrlState } from './state/urlState';
import { loadCanvasModule } from './ui/Viewer';
import './ui/styles.css';

/**
 * How long (ms) the page waits for the 3D code before its first render. Rendered together, the view creates its
 * WebGL context before the page's first paint; rendered apart, the context's first questions queued behind that
 * paint in the GPU process (150–250 ms with software rendering). The page does not wait longer than this for it.
 */
const WAIT_FOR_3D_MS = 400;

// The page proper (loaded by main.tsx, next to the 3D code): the layer loaders, then the React tree. The files of the
// dermatome, ear and NRT layers are asked for now when the link turns one of them on.
const link = parseUrlState(window.location.search, BODY_IDS).state;
preloadNeuro(link.body ?? BODY_IDS[0], link.layers);
startAtlasLoader();
startNeuroLoader();
void startOffline();

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// a failure to load the 3D code is reported by the view, which asks again
Promise.race([loadCanvasModule(), new Promise((r) => setTimeout(r, WAIT_FOR_3D_MS))])
  .catch(() => undefined)
  .finally(render);
