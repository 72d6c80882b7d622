import { useEffect, useMemo, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { VIEW_FOV } from '../core/cameraPresets';
import { useAtlasStore } from '../state/store';
import { gpuInfo, probeGpu } from '../ui/gpuProbe';
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
 *
 * The view does not wait for the GPU probe (SwiftShader's first start in the worker can answer ~500 ms after the 3D
 * code is ready). Until the probe says "hardware" the view assumes software: a context created before the answer
 * has no multisampling for its lifetime (antialias is fixed at creation), so on a real GPU whose probe was slower
 * than the code the edges are not antialiased until the view is rebuilt or the page reloaded: an accepted trade
 * for the earlier first frame. The pixel ratio is not fixed: it rises to [1, 1.5] when the probe answers "hardware".
 */
export function AtlasCanvas({ generation }: { generation: number }) {
  const [info, setInfo] = useState(gpuInfo);
  useEffect(() => {
    let live = true;
    void probeGpu().then((answer) => live && setInfo(answer));
    return () => {
      live = false;
    };
  }, []);
  // fixed when a context is created (each generation); later answers only change the pixel ratio
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const antialias = useMemo(() => gpuInfo()?.software === false, [generation]);
  const software = info === null || info.software;
  return (
    <Canvas
      key={generation}
      frameloop="demand"
      dpr={software ? 1 : [1, 1.5]}
      gl={{ antialias, alpha: true }}
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
