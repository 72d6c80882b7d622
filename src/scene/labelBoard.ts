import type * as THREE from 'three';
import type { LabelPlacement, LabelRequest } from '../core/labelLayout';

/** A kind of label drawn over the view (point names, zone names): what it asks for and how it shows the answer. */
export interface LabelSource {
  /** Its labels' requests for the current view (ids unique within the source). */
  requests(camera: THREE.Camera, size: { width: number; height: number }): LabelRequest[];
  /** Shows the labels placed (by request id) and hides the rest. */
  apply(placed: ReadonlyMap<string, LabelPlacement>, requests: readonly LabelRequest[]): void;
  /** True when something its requests depend on changed apart from the view (a BVH for occlusion arrived). */
  stale?(): boolean;
}

/** Order in which the kinds of label take their places: a tour's callouts, then a point's name before the zone it lies in. */
export const LABEL_RANK = ['callouts', 'points', 'zones'];

const sources = new Map<string, LabelSource>();
let dirty = true;

/**
 * The labels of the one 3D view, laid out together by LabelLayout.tsx. A source registers while mounted and calls
 * `changed()` when its labels change (the layout then runs in the next frame even if the view did not move).
 */
export const labelBoard = {
  add(name: string, source: LabelSource): () => void {
    sources.set(name, source);
    dirty = true;
    return () => {
      sources.delete(name);
      dirty = true;
    };
  },
  changed(): void {
    dirty = true;
  },
  /** Whether a layout is due apart from a view change; clears the flag. */
  takeDirty(): boolean {
    const stale = [...sources.values()].map((s) => s.stale?.() ?? false).some(Boolean);
    const was = dirty || stale;
    dirty = false;
    return was;
  },
  entries: () => [...sources.entries()],
};
