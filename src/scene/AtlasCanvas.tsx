import { useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { VIEW_FOV } from '../core/cameraPresets';
import { useAtlasStore } from '../state/store';
import { BodyLoader } from './BodyLoader';
import { BodyMesh } from './BodyMesh';
import { CameraRig } from './CameraRig';
import { FrameReadyProbe } from './FrameReadyProbe';
import { knownGpu, readGpuInfo, rememberGpu } from './gpuInfo';
import { LayerViews } from './LayerViews';
import { NptScene } from './NptScene';
import { SelectionOverlay } from './SelectionOverlay';
import { MarkerPicking } from './MarkerPicking';
import { ZoneLabels } from './ZoneLabels';
import { ZonePicking } from './ZonePicking';
import { exposeBenchHooks } from './benchHooks';

/** Listens for a lost WebGL context and reports it, so the DOM can offer to rebuild the view. */
function watchContext(canvas: HTMLCanvasElement) {
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    useAtlasStore.getState().setWebgl('lost');
  });
}

/**
 * A ResizeObserver that also reports once as soon as it starts observing. The Canvas learns its size from one, and a
 * plain ResizeObserver first answers in a rendered frame: while the GPU process starts (SwiftShader, a cold
 * browser) that frame can be several hundred milliseconds away, and the WebGL context is not even created until then.
 */
const EagerResizeObserver =
  typeof ResizeObserver === 'undefined'
    ? undefined
    : class extends ResizeObserver {
        private readonly report: ResizeObserverCallback;
        constructor(callback: ResizeObserverCallback) {
          super(callback);
          this.report = callback;
        }
        override observe(target: Element, options?: ResizeObserverOptions) {
          super.observe(target, options);
          this.report([], this);
        }
      };

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
    <Canvas
      key={`${generation}-${hardware}`}
      frameloop="demand"
      resize={{ polyfill: EagerResizeObserver, debounce: { scroll: 0, resize: 0 } }}
      dpr={hardware ? [1, 1.5] : 1}
      gl={{ antialias: hardware, alpha: true }}
      camera={{ fov: VIEW_FOV, near: 0.01, far: 60, position: [0, 1, 4] }}
      onCreated={(state) => {
        performance.mark('pointatlas:canvas');
        const info = readGpuInfo(state.gl.getContext());
        rememberGpu(info);
        if (info.software !== gpu?.software) setGpu(info);
        watchContext(state.gl.domElement);
        exposeBenchHooks(state);
      }}
      aria-label="3D view of the body"
    >
      <BodyLoader />
      <BodyMesh />
      <LayerViews />
      <NptScene />
      <SelectionOverlay />
      <MarkerPicking />
      <ZonePicking />
      <ZoneLabels />
      <CameraRig />
      <FrameReadyProbe />
    </Canvas>
  );
}
