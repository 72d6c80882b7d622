/**
 * True when this browser has WebGL at all. Deliberately cheap: creating a probe context costs hundreds of
 * milliseconds in software rendering, so a context that fails to start is caught by the 3D view's error boundary.
 */
export function webglAvailable(): boolean {
  return (
    typeof window !== 'undefined' && ('WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window)
  );
}
