import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ScreenBox } from '../core/labelLayout';
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
    // the last layer's marker of a site wins: a later layer on the same site (expert spread) says more about it
    const sel = markers.findLast((m) => m.point.id === selId)?.point;
    const hov = markers.findLast((m) => m.point.id === hovered)?.point;
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

/**
 * What the side panels (aside.side) cover of the canvas, in canvas CSS px: the boxes of their visible content (an
 * aside spans the whole height, but only its panels hide the view), clipped to the aside's own scroll box.
 */
export function panelCover(canvas: HTMLElement): ScreenBox[] {
  const root = canvas.closest('.stage') ?? document;
  const c = canvas.getBoundingClientRect();
  const out: ScreenBox[] = [];
  for (const aside of root.querySelectorAll('aside.side')) {
    const a = aside.getBoundingClientRect();
    for (const child of aside.children) {
      const r = child.getBoundingClientRect();
      const box = {
        l: Math.max(r.left, a.left) - c.left,
        t: Math.max(r.top, a.top) - c.top,
        r: Math.min(r.right, a.right) - c.left,
        b: Math.min(r.bottom, a.bottom) - c.top,
      };
      if (box.r > box.l && box.b > box.t) out.push(box);
    }
  }
  return out;
}

/**
 * Measures the side panels over the canvas for label layout; `onChange` runs when a panel appears, goes or changes
 * size (a point selected, a layer group opened), so labels move out from under it without the view moving.
 */
export function usePanelCover(canvas: HTMLElement, onChange: () => void): () => ScreenBox[] {
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') return;
    const asides = [...(canvas.closest('.stage') ?? document).querySelectorAll('aside.side')];
    const resized = new ResizeObserver(() => changed.current());
    const watch = () => {
      resized.disconnect();
      for (const a of asides) for (const child of a.children) resized.observe(child);
    };
    const mutated = new MutationObserver(() => {
      watch();
      changed.current();
    });
    for (const a of asides) mutated.observe(a, { childList: true });
    watch();
    return () => {
      resized.disconnect();
      mutated.disconnect();
    };
  }, [canvas]);
  return useCallback(() => panelCover(canvas), [canvas]);
}
