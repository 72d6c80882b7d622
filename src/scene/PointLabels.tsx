import { useEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { layoutLabels } from '../core/labelLayout';
import { viewWatcher } from './viewChange';
import { hiddenByBody } from './pickMarker';
import { useSceneStore } from './sceneStore';
import { useLabelAnchors, usePanelCover } from './useLabelAnchors';

const v = new THREE.Vector3();

/**
 * Labels for the hovered point, the selected point and its neighbours, as DOM elements over the canvas (crisp text,
 * no drei <Html>). Positions are recomputed in the frames where the view moved, and laid out so that no two labels overlap
 * and none sits under the side panels (a label whose point is under a panel moves beside the panel, with a leader
 * line back to its point).
 */
export function PointLabels() {
  const { gl, camera, size, invalidate } = useThree();
  const anchors = useLabelAnchors();
  const layer = useRef<HTMLDivElement | null>(null);
  const nodes = useRef<{ el: HTMLDivElement; w: number; h: number }[]>([]);
  const leaders = useRef<SVGSVGElement | null>(null);
  const [view] = useState(viewWatcher);
  const hadBvh = useRef(false);
  const cover = usePanelCover(gl.domElement, () => {
    view.force();
    invalidate();
  });

  useEffect(() => {
    const div = document.createElement('div');
    div.className = 'point-labels';
    div.setAttribute('aria-hidden', 'true');
    gl.domElement.parentElement?.appendChild(div);
    layer.current = div;
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.classList.add('point-leaders');
    div.before(svg);
    leaders.current = svg;
    return () => {
      div.remove();
      svg.remove();
    };
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
    view.force();
    invalidate();
  }, [anchors, invalidate, view]);

  useFrame(() => {
    const skin = useSceneStore.getState().skinMesh;
    // the occlusion rays and the layout only change with the view, the labels or the skin's BVH (built late)
    const hasBvh = !!skin?.geometry.boundsTree;
    if (hasBvh !== hadBvh.current) view.force();
    hadBvh.current = hasBvh;
    if (!view.changed(camera, size)) return;
    const requests = anchors.flatMap((a, i) => {
      const n = nodes.current[i];
      if (!n) return [];
      v.set(a.point.position[0], a.point.position[1], a.point.position[2]).project(camera);
      const onScreen = v.z < 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1;
      if (!onScreen || hiddenByBody(a.point, camera, skin)) return [];
      const x = ((v.x + 1) / 2) * size.width;
      const y = ((1 - v.y) / 2) * size.height;
      return [{ id: String(i), x, y, w: n.w, h: n.h, priority: a.priority }];
    });
    const placed = new Map(layoutLabels(requests, size, { covered: cover() }).map((p) => [p.id, p]));
    // a label moved away from its point (it was under a panel) gets a thin line back to the point
    const lines = requests.flatMap((q) => {
      const p = placed.get(q.id);
      if (!p?.moved) return [];
      const x2 = Math.min(Math.max(q.x, p.left), p.left + q.w);
      const y2 = Math.min(Math.max(q.y, p.top), p.top + q.h);
      return [
        `<line x1="${q.x.toFixed(1)}" y1="${q.y.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}"/>`,
      ];
    });
    if (leaders.current) leaders.current.innerHTML = lines.join('');
    nodes.current.forEach((n, i) => {
      const p = placed.get(String(i));
      n.el.style.display = p ? '' : 'none';
      n.el.classList.toggle('point-label--moved', !!p?.moved);
      if (p) n.el.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
    });
  });
  return null;
}
