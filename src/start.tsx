import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAtlasLoader } from './state/atlasLoader';
import { preloadNeuro, startNeuroLoader } from './state/neuroLoader';
import { BODY_IDS } from './state/bodyUrls';
import { parseUrlState } from './state/urlState';
import './ui/styles.css';

/** The page proper: the layer loaders and the React tree (loaded by main.tsx, next to the 3D code). */
const link = parseUrlState(window.location.search, BODY_IDS).state;
preloadNeuro(link.body ?? BODY_IDS[0], link.layers);
startAtlasLoader();
startNeuroLoader();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
