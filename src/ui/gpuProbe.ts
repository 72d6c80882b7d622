/** What the page knows about the GPU before it creates the 3D view's context. */
export interface GpuInfo {
  renderer: string | null;
  /** CPU rendering (SwiftShader, llvmpipe): every pixel and vertex costs main-machine time. */
  software: boolean;
}

let probe: Promise<GpuInfo> | null = null;
let known: GpuInfo | null = null;

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * Starts (once) a worker that opens a WebGL context on an OffscreenCanvas: the slow first start of the GPU side
 * happens there, in parallel with loading the 3D code, instead of blocking the main thread when the view is created,
 * and the renderer's name tells whether rendering is in software. Resolves with `software: false` when it cannot
 * tell (no workers, no OffscreenCanvas, an error, or after 3 s).
 */
export function probeGpu(): Promise<GpuInfo> {
  probe ??= new Promise<GpuInfo>((resolve) => {
    const done = (renderer: string | null) => {
      if (!known) performance.mark('pointatlas:gpu');
      known ??= { renderer, software: renderer !== null && SOFTWARE.test(renderer) };
      resolve(known);
    };
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return done(null);
    try {
      const w = new Worker(new URL('./gpuProbe.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<string | null>) => done(e.data);
      w.onerror = () => done(null);
      setTimeout(() => done(null), 3000);
    } catch {
      done(null);
    }
  });
  return probe;
}

/** The probe's answer if it has come (the 3D view does not wait for it: it assumes software until then). */
export const gpuInfo = (): GpuInfo | null => known;
