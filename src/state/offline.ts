import { create } from 'zustand';
import { firstFrameDrawn } from './atlasLoader';

/** How long registration waits for the first frame before going ahead anyway (no WebGL: offline still matters). */
const REGISTER_AFTER_MS = 15_000;

export interface OfflineState {
  /** The service worker has precached the whole atlas: it now works with no network. */
  offlineReady: boolean;
  /** A new version has been downloaded and waits; the page is never reloaded without the user. */
  updateReady: boolean;
  /** Why the worker could not be registered (unsupported browser, blocked); the atlas works online regardless. */
  problem: string | null;
}

export const useOfflineStore = create<OfflineState>()(() => ({
  offlineReady: false,
  updateReady: false,
  problem: null,
}));

let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

/** Switches to the waiting version: the page reloads once, now, because the user asked for it. */
export const installUpdate = (): void => {
  void applyUpdate?.(true);
};

/** Hides the "new version" notice for this visit; the new version is taken on the next start. */
export const postponeUpdate = (): void => useOfflineStore.setState({ updateReady: false });

/**
 * Registers the service worker once the first frame is drawn (its precache downloads ~6 MB and must not compete with
 * the first frame). Development builds have no worker.
 */
export async function startOffline(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  await Promise.race([firstFrameDrawn(), new Promise((r) => setTimeout(r, REGISTER_AFTER_MS))]);
  try {
    const { registerSW } = await import('virtual:pwa-register');
    applyUpdate = registerSW({
      immediate: true,
      onOfflineReady: () => useOfflineStore.setState({ offlineReady: true }),
      onNeedRefresh: () => useOfflineStore.setState({ updateReady: true }),
      onRegisterError: (e: unknown) =>
        useOfflineStore.setState({
          problem: `Offline use is not available: ${e instanceof Error ? e.message : e}`,
        }),
    });
  } catch (e) {
    useOfflineStore.setState({
      problem: `Offline use is not available: ${e instanceof Error ? e.message : e}`,
    });
  }
}
