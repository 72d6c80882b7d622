/// <reference lib="webworker" />
// Creates a throw-away WebGL2 context off the main thread: it starts the GPU process (or, without a GPU, SwiftShader),
// which takes about a second the first time, while the page downloads its code; and it reads the renderer's name.
let renderer: string | null = null;
try {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2', { antialias: false, depth: false });
  if (gl) {
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
} catch {
  renderer = null;
}
postMessage(renderer);
close();
