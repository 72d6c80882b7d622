import { create } from 'zustand';
import { NPT_LAYER } from '../core/layerIds';
import type { NptData } from '../data/npt';
import { useAtlasStore } from './store';

/** What the NPT panels need beyond the atlas store: the NPT data (loaded lazily) and which index entry is open. */
export interface NptState {
  data: NptData | null;
  /** Why the NPT data could not be loaded (null while it loads or once it has); the layer panel offers a Retry. */
  error: string | null;
  /** The condition of the conditions index shown open (from search or a site's panel). */
  condition: string | null;
  /** Whether the conditions index and the technique panel are expanded. */
  indexOpen: boolean;
  techniqueOpen: boolean;
}

export const initialNptState = (): NptState => ({
  data: null,
  error: null,
  condition: null,
  indexOpen: false,
  techniqueOpen: false,
});

export const useNptStore = create<NptState>()(() => initialNptState());

let loading: Promise<void> | null = null;

/**
 * Loads the validated NPT data as its own chunk, once; a failure is kept in `error` (shown with a Retry that calls
 * this again: the failed loader and file are fetched anew).
 */
export function loadNptData(): Promise<void> {
  if (!loading) useNptStore.setState({ error: null });
  loading ??= import('virtual:validated/npt')
    .then((m) => m.load())
    .then((nptData) => useNptStore.setState({ data: nptData, error: null }))
    .catch((e: unknown) => {
      loading = null;
      const why = e instanceof Error ? e.message : String(e);
      useNptStore.setState({ error: `The nerve exit site data could not be loaded: ${why}` });
    });
  return loading;
}

/** True for a selection code of the NPT layer (`NPT-GON`). */
export const isNptCode = (code: string): boolean => code.startsWith('NPT-');

/**
 * Selects a nerve site and flies to it, switching the NPT layer on so its marker shows. The side already in view
 * is kept (left otherwise); every nerve site is bilateral.
 */
export function selectNerveSite(code: string, side?: 'L' | 'R', fly = true): void {
  const store = useAtlasStore.getState();
  const current = store.selection?.side;
  const chosen = side ?? (current === 'R' ? 'R' : 'L');
  store.setLayerOn(NPT_LAYER, true);
  store.select({ code, side: chosen }, fly);
}

/** Opens a condition in the conditions index (and the NPT layer, whose sites it lists). */
export function openNptCondition(id: string): void {
  useAtlasStore.getState().setLayerOn(NPT_LAYER, true);
  useNptStore.setState({ condition: id, indexOpen: true });
}
