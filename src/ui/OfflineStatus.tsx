import { useOfflineStore } from '../state/offline';

/** Whether this browser keeps the whole atlas for use with no network (the service worker's precache). */
export function OfflineStatus() {
  const ready = useOfflineStore((s) => s.offlineReady);
  const problem = useOfflineStore((s) => s.problem);
  const controlled = typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
  const text = problem
    ? problem
    : ready || controlled
      ? 'Works offline: this browser keeps the whole atlas, so it opens with no network.'
      : 'Offline use is being prepared (the atlas is saved in this browser after the first visit).';
  return (
    <p className="muted" data-testid="offline-status">
      {text}
    </p>
  );
}
