import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { hasNeuro, neuroWanted } from '../state/neuroLoader';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';

/**
 * How long (ms) after the body has loaded the view may hold its first frame back for layers still on their way;
 * after that it draws whatever has arrived.
 */
export const FIRST_FRAME_HOLD_MS = 1200;

/**
 * Draws the view (it renders the frame itself: a useFrame of priority 1 replaces r3f's own render) and says when the
 * body and every visible layer have been drawn: `data-ready="true"` on #root (tests and the benchmark wait on it),
 * the store's `frameReady` and the `pointatlas:ready` mark. While a body or its layers load, `data-ready` is "false".
 * Layers count as settled when they are ready or have failed (the failure is shown elsewhere).
 *
 * The view's first frame waits until its layers are there, up to FIRST_FRAME_HOLD_MS after the body: with software
 * rendering (SwiftShader) every frame drawn costs the CPU 50–250 ms, and drawing the bare body, then the channels,
 * then the dermatomes as each arrives made the complete picture come later, not sooner. After the first frame
 * nothing is held back.
 */
export function FrameReadyProbe() {
  const invalidate = useThree((s) => s.invalidate);
  const bodyReady = useAtlasStore((s) => s.bodyStatus === 'ready');
  const atlasSettled = useAtlasStore((s) => s.atlasStatus === 'ready' || s.atlasStatus === 'error');
  const mesh = useSceneStore((s) => s.skinMesh);
  // layers a link turned on that load after the atlas (dermatomes, ears, NRT) are part of the first frame
  const neuroSettled = useAtlasStore(
    (s) => !neuroWanted(s) || hasNeuro(s.layers) || s.neuroStatus === 'error',
  );
  const ready = bodyReady && atlasSettled && neuroSettled && mesh !== null;
  /** A frame with everything is to be drawn, then reported. */
  const pending = useRef(false);
  /** Frames are no longer held: the first complete frame was drawn, or the hold ran out. */
  const released = useRef(false);

  useEffect(() => {
    pending.current = ready;
    if (!ready) {
      document.getElementById('root')?.setAttribute('data-ready', 'false');
      useAtlasStore.setState({ frameReady: false });
    }
    invalidate();
  }, [ready, invalidate]);

  useEffect(() => {
    if (!bodyReady || released.current) return;
    const t = setTimeout(() => {
      released.current = true;
      invalidate();
    }, FIRST_FRAME_HOLD_MS);
    return () => clearTimeout(t);
  }, [bodyReady, invalidate]);

  useFrame(({ gl, scene, camera }) => {
    if (!released.current && !pending.current) return; // the first frame waits for its layers
    gl.render(scene, camera);
    if (!pending.current) return;
    pending.current = false;
    released.current = true;
    // reading one pixel waits until the GPU (or SwiftShader) has really drawn the frame, shaders compiled and all:
    // without it the mark would only say that the frame's commands were sent
    const ctx = gl.getContext();
    ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, new Uint8Array(4));
    document.getElementById('root')?.setAttribute('data-ready', 'true');
    performance.mark('pointatlas:ready');
    useAtlasStore.setState({ frameReady: true });
  }, 1);
  return null;
}
