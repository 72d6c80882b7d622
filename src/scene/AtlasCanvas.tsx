import { Canvas } from '@react-three/fiber';
import { VIEW_FOV } from '../core/cameraPresets';
import { useAtlasStore } from '../state/store';
import { gpuInfo } from '../ui/gpuProbe';
import { BodyLoader } from './BodyLoader';
import { BodyMesh } from './BodyMesh';
import { CameraRig } from './CameraRig';
import { FrameReadyProbe } from './FrameReadyProbe';
import { LayerViews } from './LayerViews';
import { NptScene } from './NptScene';
import { SceneLights } from './SceneLights';
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
 * The 3D view: renders on demand (SwiftShader draws on the CPU), so idle costs nothing. In software rendering the
 * view draws without multisampling and at one pixel per CSS pixel: 4× MSAA multiplies the fragment work the CPU does.
 */
export function AtlasCanvas({ generation }: { generation: number }) {
  const software = gpuInfo()?.software ?? false;
  return (
    <Canvas
      key={generation}
      frameloop="demand"
      dpr={software ? 1 : [1, 1.5]}
      gl={{ antialias: !software, alpha: true }}
      camera={{ fov: VIEW_FOV, near: 0.01, far: 60, position: [0, 1, 4] }}
      onCreated={(state) => {
        performance.mark('pointatlas:canvas');
        watchContext(state.gl.domElement);
        exposeBenchHooks(state);
      }}
      aria-label="3D view of the body"
    >
      <SceneLights />
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
