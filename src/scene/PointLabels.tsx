import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { labelBoard } from './labelBoard';
import { leaderLine, mountOverlayLayer } from './overlayLayer';
import { hiddenByBody } from './pickMarker';
import { useSceneStore } from './sceneStore';
import { useLabelAnchors } from './useLabelAnchors';

const v = new THREE.Vector3();

/**
 * Labels for the hovered point, the selected point and its neighbours, as DOM elements over the canvas (crisp text,
 * no drei <Html>). Placed by LabelLayout together with every other label on the view: no two overlap, none sits
 * under the side panels, and a label whose point is under a panel moves beside it with a leader line to its point.
 */
export function PointLabels() {
  const { gl, invalidate } = useThree();
  const anchors = useLabelAnchors();
  const layer = useRef<HTMLDivElement | null>(null);
  const nodes = useRef<{ el: HTMLDivElement; w: number; h: number }[]>([]);
  const leaders = useRef<SVGSVGElement | null>(null);
  const hadBvh = useRef(false);

  useEffect(() => {
    const overlay = mountOverlayLayer(gl.domElement, 'point-labels', 'point-leaders', { ariaHidden: true });
    layer.current = overlay.layer;
    leaders.current = overlay.leaders;
    return overlay.remove;
  }, [gl]);

  useEffect(() => {
    const div = layer.current;
    if (!div) return;
    div.replaceChildren();
    nodes.current = anchors.map((a) => {
      const el = document.createElement('div');
      el.className = `point-label point-label--${a.kind}`;
      el.textContent = a.text;
      el.dataset.site = a.point.id;
      div.appendChild(el);
      return { el, w: el.offsetWidth || a.text.length * 7 + 10, h: el.offsetHeight || 20 };
    });
    labelBoard.changed();
    invalidate();
  }, [anchors, invalidate]);

  useEffect(
    () =>
      labelBoard.add('points', {
        stale: () => {
          // the occlusion rays change when the skin's BVH (built late) arrives
          const hasBvh = !!useSceneStore.getState().skinMesh?.geometry.boundsTree;
          const changed = hasBvh !== hadBvh.current;
          hadBvh.current = hasBvh;
          return changed;
        },
        requests: (cam, box) => {
          const skin = useSceneStore.getState().skinMesh;
          return anchors.flatMap((a, i) => {
            const n = nodes.current[i];
            if (!n) return [];
            v.set(a.point.position[0], a.point.position[1], a.point.position[2]).project(cam);
            const onScreen = v.z < 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1;
            if (!onScreen || hiddenByBody(a.point, cam, skin)) return [];
            const x = ((v.x + 1) / 2) * box.width;
            const y = ((1 - v.y) / 2) * box.height;
            return [
              { id: String(i), x, y, w: n.w, h: n.h, priority: a.priority, keep: a.kind !== 'neighbour' },
            ];
          });
        },
        apply: (placed, requests) => {
          // a label moved away from its point (it was under a panel) gets a thin line back to the point
          const lines = requests.flatMap((q) => {
            const p = placed.get(q.id);
            return p?.moved ? [leaderLine(q.x, q.y, { left: p.left, top: p.top, w: q.w, h: q.h })] : [];
          });
          if (leaders.current) leaders.current.innerHTML = lines.join('');
          nodes.current.forEach((n, i) => {
            const p = placed.get(String(i));
            n.el.style.display = p ? '' : 'none';
            n.el.classList.toggle('point-label--moved', !!p?.moved);
            if (p) n.el.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
          });
        },
      }),
    [anchors],
  );
  return null;
}
