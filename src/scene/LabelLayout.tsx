import { useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { layoutLabelGroups, type LabelRequest } from '../core/labelLayout';
import { LABEL_RANK, labelBoard } from './labelBoard';
import { usePanelCover } from './useLabelAnchors';
import { viewWatcher } from './viewChange';

/**
 * Lays out every label over the view (PointLabels, ZoneLabels) in one pass, in the frames where the view or a label
 * changed: no two labels overlap whatever their kind, and none sits under the side panels.
 */
export function LabelLayout() {
  const { gl, camera, size, invalidate } = useThree();
  const [view] = useState(viewWatcher);
  const cover = usePanelCover(gl.domElement, () => {
    labelBoard.changed();
    invalidate();
  });
  useFrame(() => {
    const moved = view.changed(camera, size);
    const due = labelBoard.takeDirty();
    if (!moved && !due) return;
    const entries = labelBoard.entries();
    const requests = new Map<string, LabelRequest[]>(
      entries.map(([name, s]) => [name, s.requests(camera, size)]),
    );
    const placed = layoutLabelGroups(requests, LABEL_RANK, size, { covered: cover() });
    for (const [name, s] of entries) s.apply(placed.get(name) ?? new Map(), requests.get(name) ?? []);
  });
  return null;
}
