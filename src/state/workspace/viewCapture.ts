/** A body view captured for the print: a PNG of the bare body and where each plan site lands on it. */
export interface CapturedView {
  view: 'front' | 'back';
  image: string;
  width: number;
  height: number;
  /** One mark per drawn site: the item's number in the plan, its code, its position in image pixels. */
  marks: { n: number; code: string; siteId: string; x: number; y: number }[];
}

/** What to mark: per plan item, its number, code and site ids (both sides of a bilateral item). */
export interface CaptureRequest {
  view: 'front' | 'back';
  width: number;
  height: number;
  items: { n: number; code: string; siteIds: string[] }[];
}

type Capturer = (req: CaptureRequest) => CapturedView | null;
let capturer: Capturer | null = null;

/** The 3D view registers how it captures a view (src/scene/printCapture.ts); null when it goes away. */
export function setViewCapturer(next: Capturer | null): void {
  capturer = next;
}

/** Captures a view of the body for the print, or null when the 3D view is not there (no WebGL, still loading). */
export const captureView = (req: CaptureRequest): CapturedView | null => capturer?.(req) ?? null;
