import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { findPoint } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { labelBoard } from './labelBoard';
import { leaderLine, mountOverlayLayer } from './overlayLayer';
import { hiddenByBody } from './pickMarker';
import { useSceneStore } from './sceneStore';
import { useTourScene } from './useTourScene';

const v = new THREE.Vector3();

/**
 * The callouts of the tour scene on screen: short texts on the body, each with a leader line to its site. They are
 * one source of the label board, laid out first, so no point or zone name covers them.
 */
export function TourCallouts() {
  const { gl, invalidate } = useThree();
  const scene = useTourScene();
  const layers = useAtlasStore((s) => s.layers);
  const callouts = useMemo(
    () =>
      (scene?.callouts ?? []).flatMap((c) => {
        const p = findPoint(layers, c.site);
        return p ? [{ ...c, point: p }] : [];
      }),
    [scene, layers],
  );
  const layer = useRef<HTMLDivElement | null>(null);
  const leaders = useRef<SVGSVGElement | null>(null);
  const nodes = useRef<{ el: HTMLDivElement; w: number; h: number }[]>([]);

  useEffect(() => {
    const overlay = mountOverlayLayer(gl.domElement, 'tour-callouts', 'tour-leaders');
    layer.current = overlay.layer;
    leaders.current = overlay.leaders;
    return overlay.remove;
  }, [gl]);

  useEffect(() => {
    const div = layer.current;
    if (!div) return;
    div.replaceChildren();
    nodes.current = callouts.map((c) => {
      const el = document.createElement('div');
      el.className = 'tour-callout';
      el.textContent = c.text;
      el.dataset.site = c.site;
      div.appendChild(el);
      return { el, w: el.offsetWidth || c.text.length * 8 + 16, h: el.offsetHeight || 24 };
    });
    labelBoard.changed();
    invalidate();
  }, [callouts, invalidate]);

  useEffect(
    () =>
      labelBoard.add('callouts', {
        requests: (cam, box) => {
          const skin = useSceneStore.getState().skinMesh;
          return callouts.flatMap((c, i) => {
            const n = nodes.current[i];
            if (!n) return [];
            v.set(...c.point.position).project(cam);
            if (v.z >= 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1 || hiddenByBody(c.point, cam, skin))
              return [];
            const x = ((v.x + 1) / 2) * box.width;
            const y = ((1 - v.y) / 2) * box.height;
            // asked for with a margin, so that the text sits apart from its site and the leader line shows
            return [{ id: String(i), x, y, w: n.w + 24, h: n.h + 24, priority: -1, keep: true }];
          });
        },
        apply: (placed, requests) => {
          const lines = requests.flatMap((q) => {
            const p = placed.get(q.id);
            if (!p) return [];
            // the box was asked for with a 12 px margin round the text
            return [
              leaderLine(q.x, q.y, { left: p.left + 12, top: p.top + 12, w: q.w - 24, h: q.h - 24 }),
              `<circle cx="${q.x.toFixed(1)}" cy="${q.y.toFixed(1)}" r="4"/>`,
            ];
          });
          if (leaders.current) leaders.current.innerHTML = lines.join('');
          nodes.current.forEach((n, i) => {
            const p = placed.get(String(i));
            n.el.style.display = p ? '' : 'none';
            if (p)
              n.el.style.transform = `translate(${Math.round(p.left + 12)}px, ${Math.round(p.top + 12)}px)`;
          });
        },
      }),
    [callouts],
  );
  return null;
}
