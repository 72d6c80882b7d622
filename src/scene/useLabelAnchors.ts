import { useMemo } from 'react';
import { distance } from '../core/vec';
import { siteIdOf } from '../state/atlasTypes';
import type { LayerPoint } from '../state/layerTypes';
import { useAtlasStore } from '../state/store';
import { useVisibleMarkers } from './useVisibleMarkers';

export interface LabelAnchor {
  point: LayerPoint;
  text: string;
  /** 0 hovered, 1 selected, 2+ neighbours (nearer first). */
  priority: number;
  kind: 'hover' | 'selected' | 'neighbour';
}

const NEIGHBOURS = 6;
const NEIGHBOUR_RADIUS_M = 0.12;

/** What to label: the hovered point, the selected point and its nearest visible neighbours. */
export function useLabelAnchors(): LabelAnchor[] {
  const markers = useVisibleMarkers();
  const hovered = useAtlasStore((s) => s.hovered);
  const selection = useAtlasStore((s) => s.selection);
  return useMemo(() => {
    const text = (p: LayerPoint) => `${p.code} ${p.name}`;
    const out: LabelAnchor[] = [];
    const selId = selection ? siteIdOf(selection) : null;
    const sel = markers.find((m) => m.point.id === selId)?.point;
    const hov = markers.find((m) => m.point.id === hovered)?.point;
    if (hov && hov !== sel) out.push({ point: hov, text: text(hov), priority: 0, kind: 'hover' });
    if (sel) {
      out.push({ point: sel, text: text(sel), priority: 1, kind: 'selected' });
      markers
        .map((m) => ({ p: m.point, d: distance(m.point.position, sel.position) }))
        .filter((x) => x.p !== sel && x.p !== hov && x.d < NEIGHBOUR_RADIUS_M)
        .sort((a, b) => a.d - b.d)
        .slice(0, NEIGHBOURS)
        .forEach((x, i) => out.push({ point: x.p, text: text(x.p), priority: 2 + i, kind: 'neighbour' }));
    }
    return out;
  }, [markers, hovered, selection]);
}
