import { useState } from 'react';
import { VIEW_FOV } from '../core/cameraPresets';
import { useAtlasStore } from '../state/store';
import { BodyLoader } from './BodyLoader';
import { BodyMesh } from './BodyMesh';
import { CameraRig } from './CameraRig';
import { ExpertSpreadAreas } from './ExpertSpreadAreas';
import { FrameReadyProbe } from './FrameReadyProbe';
import { knownGpu, readGpuInfo, rememberGpu } from './gpuInfo';
import { LabelLayout } from './LabelLayout';
import { TourCallouts } from './TourCallouts';
import { TourHighlights } from './TourHighlights';
import { StudySceneSlot } from './study/StudySceneSlot';
import { LayerViews } from './LayerViews';
import { NptScene } from './NptScene';
import { PlanMarkers } from './PlanMarkers';
import { SelectionOverlay } from './SelectionOverlay';
import { MarkerPicking } from './MarkerPicking';
import { ZoneLabels } from './ZoneLabels';
import { ViewCanvas } from './ViewCanvas';
import { ZonePicking } from './ZonePicking';
import { exposeBenchHooks } from './benchHooks';
import { exposeViewCapture } from './printCapture';

/**
 * Listens for a lost WebGL context and reports it, so the DOM can say so and offer to rebuild the view. When the
 * browser gives the context back, three.js re-creates its GPU state by itself: the view only has to draw again.
 */
function watchContext(canvas: HTMLCanvasElement, redraw: () => void) {
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault(); // asks the browser to restore the context when it can
    useAtlasStore.getState().setWebgl('lost');
  });
  canvas.addEventListener('webglcontextrestored', () => {
    useAtlasStore.getState().setWebgl('ok');
    redraw();
  });
}

/**
 * The 3D view: renders on demand (SwiftShader draws on the CPU), so idle costs nothing. In software rendering the
 * view draws without multisampling and at one pixel per CSS pixel: 4× MSAA multiplies the fragment work the CPU does.
 *
 * Whether rendering is in software is read from the view's own context when it is created. The first context starts
 * without multisampling (fixed at creation); on a hardware GPU the view is rebuilt at once, before anything is drawn,
 * with multisampling and a pixel ratio up to 1.5. (A separate probe context in a worker was tried: it competed with
 * this one for the GPU process and delayed the first frame.)
 */
export function AtlasCanvas({ generation }: { generation: number }) {
  const [gpu, setGpu] = useState(knownGpu);
  const hardware = gpu?.software === false;
  return (
    <ViewCanvas
      key={`${generation}-${hardware}`}
      dpr={hardware ? [1, 1.5] : 1}
      gl={{ antialias: hardware, alpha: true }}
      camera={{ fov: VIEW_FOV, near: 0.01, far: 60, position: [0, 1, 4] }}
      onCreated={(state) => {
        performance.mark('pointatlas:canvas');
        const info = readGpuInfo(state.gl.getContext());
        rememberGpu(info);
        if (info.software !== gpu?.software) setGpu(info);
        watchContext(state.gl.domElement, () => state.invalidate());
        exposeBenchHooks(state);
        exposeViewCapture(state);
      }}
      label="3D view of the body"
    >
      <BodyLoader />
      <BodyMesh />
      <LayerViews />
      <NptScene />
      <ExpertSpreadAreas />
      <PlanMarkers />
      <SelectionOverlay />
      <MarkerPicking />
      <ZonePicking />
      <ZoneLabels />
      <TourHighlights />
      <TourCallouts />
      <StudySceneSlot />
      <LabelLayout />
      <CameraRig />
      <FrameReadyProbe />
    </ViewCanvas>
  );
}
