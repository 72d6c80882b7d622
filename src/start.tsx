import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAtlasLoader } from './state/atlasLoader';
import { startNeuroLoader } from './state/neuroLoader';
import './ui/styles.css';

/** The page proper: the layer loaders and the React tree (loaded by main.tsx, next to the 3D code). */
startAtlasLoader();
startNeuroLoader();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
