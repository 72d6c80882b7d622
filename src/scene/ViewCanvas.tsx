import {
  Component,
  useInsertionEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ErrorInfo,
  type ReactNode,
} from 'react';
import { createRoot, extend, type ReconcilerRoot, type RootState } from '@react-three/fiber';
import { Group, LineSegments, Mesh } from 'three';

// The three.js objects the scene writes as JSX (<group>, <mesh>, <lineSegments>). react-three-fiber's <Canvas>
// registers the whole THREE namespace instead, which keeps all of three.js in the bundle.
extend({ Group, LineSegments, Mesh });

export interface ViewCanvasProps {
  children: ReactNode;
  gl: { antialias: boolean; alpha: boolean };
  dpr: number | [number, number];
  camera: { fov: number; near: number; far: number; position: [number, number, number] };
  onCreated: (state: RootState) => void;
  label: string;
}

/** Passes an error in the 3D scene up to the React tree around the canvas (its boundary offers Retry). */
export class SceneBoundary extends Component<
  { report: (e: unknown) => void; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.report(error);
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A canvas with a react-three-fiber root: sized from its box at once (no wait for a rendered frame), re-sized by a
 * ResizeObserver, rendering on demand. No r3f pointer events: picking listens to the canvas itself
 * (useCanvasPointer). An error inside the scene is thrown from here, to the boundary around the view.
 */
export function ViewCanvas({ children, gl, dpr, camera, onCreated, label }: ViewCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sizeSerial, setSizeSerial] = useState(0);
  if (error) throw error;

  // released only when the canvas really goes (an insertion effect survives StrictMode's effect replay)
  useInsertionEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
    },
    [],
  );

  useLayoutEffect(() => {
    const observer = new ResizeObserver(() => setSizeSerial((n) => n + 1));
    observer.observe(box.current!);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const rect = box.current?.getBoundingClientRect();
    if (!canvas || !rect || rect.width === 0 || rect.height === 0) return;
    root.current ??= createRoot(canvas);
    root.current
      .configure({
        gl,
        dpr,
        camera,
        frameloop: 'demand',
        size: { width: rect.width, height: rect.height, top: rect.top, left: rect.left },
        onCreated,
      })
      .catch(setError);
    root.current.render(<SceneBoundary report={setError}>{children}</SceneBoundary>);
  }, [children, gl, dpr, camera, onCreated, sizeSerial]);

  return (
    <div ref={box} className="view-canvas" aria-label={label}>
      <canvas ref={canvasRef} />
    </div>
  );
}
