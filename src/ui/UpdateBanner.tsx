import { installUpdate, postponeUpdate, useOfflineStore } from '../state/offline';

/**
 * "A new version is ready": shown when the service worker has a newer atlas waiting. It waits for the user — the
 * page is never reloaded in the middle of a lecture.
 */
export function UpdateBanner() {
  const updateReady = useOfflineStore((s) => s.updateReady);
  if (!updateReady) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      A new version of PointAtlas is ready.{' '}
      <button type="button" onClick={installUpdate}>
        Reload now
      </button>{' '}
      <button type="button" onClick={postponeUpdate}>
        Later
      </button>
    </div>
  );
}
