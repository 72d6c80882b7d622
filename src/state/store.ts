import { create } from 'zustand';
import type { BodyBounds } from '../core/cameraPresets';
import type { Vec3 } from '../core/vec';
import type { AtlasData, ResolvedAtlas, Selection, SkinGeometry } from './atlasTypes';
import { siteIdOf } from './atlasTypes';
import type { Layer } from './layerTypes';
import { groupKey } from './layerTypes';
import type { CameraPose, CameraRequest, ViewPreset } from './viewTypes';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Notice {
  id: number;
  text: string;
  /** Tries again what failed (a file or code that could not be loaded); such a notice stays until used or dismissed. */
  retry?: () => void;
}

export interface AtlasState {
  bodyId: string;
  bodyStatus: LoadStatus;
  bodyError: string | null;
  /** Bumped by Retry: loaders key on it. */
  loadSerial: number;
  /** The loaded body as the engine reads it, its landmarks and bounds. */
  skin: SkinGeometry | null;
  landmarks: Record<string, Vec3> | null;
  bounds: BodyBounds | null;
  data: AtlasData | null;
  resolved: ResolvedAtlas | null;
  atlasStatus: LoadStatus;
  /** How far the engine got on a body the build did not resolve (null otherwise, and once done). */
  atlasProgress: { done: number; total: number; what: string } | null;
  /** The dermatome, ear and NRT layers of the loaded body (neuroLoader.ts). */
  neuroStatus: LoadStatus;
  atlasError: string | null;
  layers: Layer[];
  layerOn: Record<string, boolean>;
  /** A link listed the layers to show: a layer it does not list starts off. */
  layerListed: boolean;
  groupOff: Record<string, boolean>;
  selection: Selection | null;
  showAlternative: boolean;
  hovered: string | null;
  camera: CameraRequest;
  /** The last camera pose the user settled on (for the URL). */
  pose: CameraPose | null;
  view: ViewPreset | null;
  notices: Notice[];
  openSource: { id: string; locator?: string } | null;
  aboutOpen: boolean;
  webgl: 'ok' | 'unavailable' | 'lost';
  /** The body and its visible layers have been drawn (mirrors #root[data-ready]). */
  frameReady: boolean;
}

export interface AtlasActions {
  setBody: (id: string) => void;
  retry: () => void;
  setLayerOn: (layer: string, on: boolean) => void;
  setGroupOn: (layer: string, group: string, on: boolean) => void;
  select: (sel: Selection | null, fly?: boolean) => void;
  setShowAlternative: (on: boolean) => void;
  setHovered: (siteId: string | null) => void;
  goTo: (preset: ViewPreset, instant?: boolean) => void;
  flyTo: (pose: CameraPose, instant?: boolean) => void;
  setPose: (pose: CameraPose, userMoved?: boolean) => void;
  notify: (text: string, retry?: () => void) => void;
  dismissNotice: (id: number) => void;
  setOpenSource: (src: { id: string; locator?: string } | null) => void;
  setAboutOpen: (open: boolean) => void;
  setWebgl: (status: AtlasState['webgl']) => void;
}

let noticeSerial = 0;

export const initialAtlasState = (): AtlasState => ({
  bodyId: 'female',
  bodyStatus: 'idle',
  bodyError: null,
  loadSerial: 0,
  skin: null,
  landmarks: null,
  bounds: null,
  data: null,
  resolved: null,
  atlasStatus: 'idle',
  atlasProgress: null,
  neuroStatus: 'idle',
  atlasError: null,
  layers: [],
  layerOn: {},
  layerListed: false,
  groupOff: {},
  selection: null,
  showAlternative: false,
  hovered: null,
  camera: { preset: 'front', instant: true, serial: 0 },
  pose: null,
  view: 'front',
  notices: [],
  openSource: null,
  aboutOpen: false,
  webgl: 'ok',
  frameReady: false,
});

/** The app store: state plus the actions the UI and the scene call. */
export const useAtlasStore = create<AtlasState & AtlasActions>()((set) => ({
  ...initialAtlasState(),
  setBody: (id) => set((s) => (s.bodyId === id ? s : { bodyId: id, bodyStatus: 'idle', hovered: null })),
  retry: () =>
    set((s) => ({ loadSerial: s.loadSerial + 1, bodyStatus: 'idle', bodyError: null, atlasError: null })),
  setLayerOn: (layer, on) => set((s) => ({ layerOn: { ...s.layerOn, [layer]: on } })),
  setGroupOn: (layer, group, on) =>
    set((s) => {
      const groupOff = { ...s.groupOff };
      if (on) delete groupOff[groupKey(layer, group)];
      else groupOff[groupKey(layer, group)] = true;
      return { groupOff };
    }),
  select: (selection, fly = false) =>
    set((s) => ({
      selection,
      showAlternative: false,
      camera: fly && selection ? { serial: s.camera.serial + 1, focusSite: siteIdOf(selection) } : s.camera,
      view: fly && selection ? null : s.view,
      pose: fly && selection ? null : s.pose,
    })),
  setShowAlternative: (showAlternative) => set({ showAlternative }),
  setHovered: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
  // a camera request clears the settled pose until the rig arrives (it sets the pose at the end of the flight)
  goTo: (preset, instant = false) =>
    set((s) => ({ view: preset, pose: null, camera: { preset, instant, serial: s.camera.serial + 1 } })),
  flyTo: (pose, instant = false) =>
    set((s) => ({ view: null, pose: null, camera: { pose, instant, serial: s.camera.serial + 1 } })),
  setPose: (pose, userMoved = false) => set((s) => ({ pose, view: userMoved ? null : s.view })),
  notify: (text, retry) => set((s) => ({ notices: [...s.notices, { id: ++noticeSerial, text, retry }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setOpenSource: (openSource) => set({ openSource }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  setWebgl: (webgl) => set({ webgl }),
}));
