import { useEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { hiddenByBody } from './pickMarker';
import { useSceneStore } from './sceneStore';
import type { PlanSite } from './usePlanSites';
import { viewWatcher } from './viewChange';

const v = new THREE.Vector3();
/** Where the number sits from its ring's centre (CSS px): up and to the right, clear of the ring. */
const OFFSET = { x: 9, y: -22 };

/**
 * The order number of each plan site, as DOM text beside its ring; hidden where the body is in front of the site or
 * it is off screen. Placed again only in frames where the view moved or the sites changed.
 */
export function PlanLabels({ sites }: { sites: PlanSite[] }) {
  const { gl, camera, size, invalidate } = useThree();
  const box = useRef<HTMLDivElement | null>(null);
  const nodes = useRef<HTMLDivElement[]>([]);
  const [view] = useState(viewWatcher);

  useEffect(() => {
    const div = document.createElement('div');
    div.className = 'plan-labels';
    div.setAttribute('aria-hidden', 'true');
    div.dataset.testid = 'plan-labels';
    gl.domElement.parentElement?.appendChild(div);
    box.current = div;
    return () => div.remove();
  }, [gl]);

  useEffect(() => {
    const div = box.current;
    if (!div) return;
    div.replaceChildren();
    nodes.current = sites.map((s) => {
      const el = document.createElement('div');
      el.className = 'plan-label';
      el.textContent = String(s.order);
      el.dataset.site = s.id;
      div.appendChild(el);
      return el;
    });
    view.force();
    invalidate();
  }, [sites, view, invalidate]);

  useFrame(() => {
    if (!view.changed(camera, size)) return;
    const skin = useSceneStore.getState().skinMesh;
    sites.forEach((s, i) => {
      const el = nodes.current[i];
      if (!el) return;
      v.set(s.position[0], s.position[1], s.position[2]).project(camera);
      const shown =
        v.z < 1 &&
        Math.abs(v.x) <= 1 &&
        Math.abs(v.y) <= 1 &&
        !hiddenByBody(
          {
            id: s.id,
            code: s.code,
            group: 'plan',
            side: 'M',
            position: s.position,
            normal: [0, 0, 1],
            name: '',
          },
          camera,
          skin,
        );
      el.style.display = shown ? '' : 'none';
      if (shown) {
        const x = ((v.x + 1) / 2) * size.width + OFFSET.x;
        const y = ((1 - v.y) / 2) * size.height + OFFSET.y;
        el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      }
    });
  });
  return null;
}
