/** What the page knows about the GPU that draws the 3D view. */
export interface GpuInfo {
  renderer: string | null;
  /** CPU rendering (SwiftShader, llvmpipe): every pixel and vertex costs main-machine time. */
  software: boolean;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software/i;

/**
 * Reads the renderer's name from a live context. Unknown (no debug extension, an error) counts as hardware: a real
 * GPU is the common case, and the only cost of a wrong guess is sharper edges drawn more slowly.
 */
export function readGpuInfo(gl: WebGLRenderingContext | WebGL2RenderingContext): GpuInfo {
  try {
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return { renderer, software: SOFTWARE.test(renderer) };
  } catch {
    return { renderer: null, software: false };
  }
}

let known: GpuInfo | null = null;

/** The answer of the first context this page created (null before), kept for the views created after it. */
export const knownGpu = (): GpuInfo | null => known;
export const rememberGpu = (info: GpuInfo): void => {
  known ??= info;
};
