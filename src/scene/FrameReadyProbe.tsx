import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { hasNeuro, neuroWanted } from '../state/neuroLoader';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';

/**
 * Sets `data-ready="true"` on #root once the body and every visible layer have been drawn (tests and the benchmark
 * wait on it), and back to "false" while a body or its layers load. Layers count as settled when they are ready
 * or have failed (the failure is shown elsewhere).
 */
export function FrameReadyProbe() {
  const { invalidate, gl } = useThree();
  const bodyReady = useAtlasStore((s) => s.bodyStatus === 'ready');
  const atlasSettled = useAtlasStore((s) => s.atlasStatus === 'ready' || s.atlasStatus === 'error');
  const mesh = useSceneStore((s) => s.skinMesh);
  // layers a link turned on that load after the atlas (dermatomes, ears, NRT) are part of the first frame
  const neuroSettled = useAtlasStore(
    (s) => !neuroWanted(s) || hasNeuro(s.layers) || s.neuroStatus === 'error',
  );
  const framesSince = useRef(-1);
  const ready = bodyReady && atlasSettled && neuroSettled && mesh !== null;

  useEffect(() => {
    const root = document.getElementById('root');
    framesSince.current = ready ? 0 : -1;
    if (!ready) {
      root?.setAttribute('data-ready', 'false');
      useAtlasStore.setState({ frameReady: false });
    }
    invalidate();
  }, [ready, invalidate]);

  useFrame(() => {
    if (framesSince.current < 0) return;
    framesSince.current += 1;
    // useFrame runs before the render: on the second call the first frame with everything has been drawn.
    if (framesSince.current === 2) {
      // reading one pixel waits until the GPU (or SwiftShader) has really drawn the frame, shaders compiled and all:
      // without it the mark would only say that the frame's commands were sent
      const ctx = gl.getContext();
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, new Uint8Array(4));
      document.getElementById('root')?.setAttribute('data-ready', 'true');
      performance.mark('pointatlas:ready');
      useAtlasStore.setState({ frameReady: true });
    } else if (framesSince.current < 2) invalidate();
  });
  return null;
}
