import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { labelBoard } from './labelBoard';
import { leaderLine, mountOverlayLayer } from './overlayLayer';
import { isLayerOn } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';
import { labelsBySide, zoneAnchors, zoneLabelShown, type FirstHit, type ZoneAnchor } from './zoneAnchors';
import { outlinedMeshes } from './zoneBorders';

const NEAR_M = 0.45;
const v = new THREE.Vector3();
const eye = new THREE.Vector3();
const ray = new THREE.Raycaster();
ray.firstHitOnly = true;

/** A ray test against the meshes whose BVH is built (a brute-force ray per label and frame would stall orbiting). */
const firstHitOn =
  (meshes: readonly THREE.Mesh[]): FirstHit =>
  (from, dir, far) => {
    ray.set(new THREE.Vector3(...from), new THREE.Vector3(...dir));
    ray.far = far;
    let best: number | null = null;
    for (const m of meshes) {
      const hit = ray.intersectObject(m, false)[0];
      if (hit && (best === null || hit.distance < best)) best = hit.distance;
    }
    return best;
  };

/**
 * Names of zones written on the body: the NRT zones at any distance, and the outlined zones of the ears (GB/T area
 * codes, else part names) on the close-up only. A label shows when its spot faces the camera and the body does not
 * hide it (the other ear behind the head, a fold of the ear). Placed by LabelLayout with the point labels: no label
 * overlaps another of either kind, none sits under the side panels.
 */
export function ZoneLabels() {
  const { gl, invalidate } = useThree();
  const model = useSceneStore((s) => s.model);
  const skin = useSceneStore((s) => s.skinMesh);
  // the ears as meshes for occlusion rays; their geometry (and BVH, built by ZonePicking) is shared with the drawn ears
  const occluders = useMemo(
    () => [...(skin ? [skin] : []), ...(model?.parts ?? []).map((g) => new THREE.Mesh(g))],
    [model, skin],
  );
  const layers = useAtlasStore((s) => s.layers);
  const layerOn = useAtlasStore((s) => s.layerOn);
  const layerListed = useAtlasStore((s) => s.layerListed);
  const anchors = useMemo<(ZoneAnchor & { far: boolean })[]>(() => {
    if (!model) return [];
    const shown = layers.filter(
      (l) => l.primitive.kind === 'zones' && isLayerOn({ layerOn, layerListed }, l),
    );
    const out: (ZoneAnchor & { far: boolean })[] = [];
    // the NRT zones are named on the skin at any distance
    for (const l of shown) {
      if (l.primitive.kind !== 'zones' || !l.primitive.zones.selectable) continue;
      const { vertexLabel, labels } = l.primitive.zones;
      const short = labels.map((c) => c.replace(/^NRT-/, ''));
      if (vertexLabel.length === model.skin.getAttribute('position').count)
        out.push(...zoneAnchors(model.skin, vertexLabel, short).map((a) => ({ ...a, far: true })));
    }
    // the ears' outlined zones (GB/T codes, else part names) on the close-up only
    const outlined = shown.filter((l) => l.primitive.kind === 'zones' && l.primitive.zones.outline);
    const top = outlined.find((l) => l.id === 'ear-areas') ?? outlined[0];
    if (top && top.primitive.kind === 'zones') {
      const { labels } = top.primitive.zones;
      const short = top.id === 'ear-areas' ? labels : (top.primitive.zones.names ?? labels);
      for (const m of outlinedMeshes(model, top.primitive.zones))
        // the skin holds both ears (a user's body): each ear names its own zones
        for (const side of m.name === 'skin' ? labelsBySide(m.geometry, m.labels) : [m.labels])
          out.push(...zoneAnchors(m.geometry, side, short).map((a) => ({ ...a, far: false })));
    }
    return out;
  }, [model, layers, layerOn, layerListed]);
  const box = useRef<HTMLDivElement | null>(null);
  const leaders = useRef<SVGSVGElement | null>(null);
  const nodes = useRef<HTMLDivElement[]>([]);
  const bvhCount = useRef(0);
  useEffect(() => {
    const overlay = mountOverlayLayer(gl.domElement, 'area-labels', 'area-leaders', { ariaHidden: true });
    box.current = overlay.layer;
    leaders.current = overlay.leaders;
    return overlay.remove;
  }, [gl]);
  useEffect(() => {
    box.current?.replaceChildren();
    nodes.current = anchors.map((a) => {
      const el = document.createElement('div');
      el.className = 'area-label';
      // hidden but laid out, so that its size can be measured at the font size in force (presenter mode enlarges it)
      el.style.visibility = 'hidden';
      el.textContent = a.text;
      box.current?.appendChild(el);
      return el;
    });
    labelBoard.changed();
    invalidate();
  }, [anchors, invalidate]);
  useEffect(
    () =>
      labelBoard.add('zones', {
        stale: () => {
          const count = occluders.filter((m) => m.geometry.boundsTree).length;
          const changed = count !== bvhCount.current; // a BVH arrived: labels it hides can now be told
          bvhCount.current = count;
          return changed;
        },
        requests: (cam, box) => {
          cam.getWorldPosition(eye);
          const at = eye.toArray();
          const firstHit = firstHitOn(occluders.filter((m) => m.geometry.boundsTree));
          return anchors.flatMap((a, i) => {
            if (!zoneLabelShown(a, at, firstHit, a.far ? Infinity : NEAR_M)) return [];
            v.set(...a.position).project(cam);
            if (v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return [];
            const el = nodes.current[i];
            const [w, h] = [el?.offsetWidth || a.text.length * 8 + 8, el?.offsetHeight || 18];
            const x = ((v.x + 1) / 2) * box.width;
            const y = ((1 - v.y) / 2) * box.height;
            // an NRT zone's name always shows (a few levels, each a treatment site): set apart with a leader line
            // when its band is too crowded; the many ear zones are left out instead
            return [{ id: String(i), x, y, w, h, priority: i, keep: a.far }];
          });
        },
        apply: (placed, requests) => {
          const lines = requests.flatMap((q) => {
            const p = placed.get(q.id);
            return p?.moved ? [leaderLine(q.x, q.y, { left: p.left, top: p.top, w: q.w, h: q.h })] : [];
          });
          if (leaders.current) leaders.current.innerHTML = lines.join('');
          nodes.current.forEach((el, i) => {
            const p = placed.get(String(i));
            el.style.visibility = p ? '' : 'hidden';
            if (p) el.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
          });
        },
      }),
    [anchors, occluders],
  );
  return null;
}
