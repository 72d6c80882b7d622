import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadData, startAtlasLoader } from './state/atlasLoader';
import './ui/styles.css';

startAtlasLoader();
preloadData();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
