import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startAtlasLoader } from './state/atlasLoader';
import { startNeuroLoader } from './state/neuroLoader';
import { probeGpu } from './ui/gpuProbe';
import './ui/styles.css';

performance.mark('pointatlas:main');
probeGpu();
startAtlasLoader();
startNeuroLoader();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
