import { useEffect, useRef } from 'react';
import * as THREE from 'three';
import { smoothVertexNormals } from '../core/triMesh';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { acceleratedRaycast, computeBoundsTree, disposeBoundsTree } from 'three-mesh-bvh';
import type { ImportedBody } from '../bodyImport/importBody';
import type { Vec3 } from '../core/vec';

declare global {
  interface Window {
    /** Test hook: the preview's projection of a body-frame point to page pixels (null off the view). */
    __pointatlasPreview?: {
      project: (p: Vec3) => { x: number; y: number } | null;
      /** The skin point under a page pixel (null: none). */
      skinAt: (x: number, y: number) => Vec3 | null;
      /** The lowest corner of the skin's box (the body frame's placement of the file). */
      lowest: () => Vec3;
    };
  }
}

export type PreviewView = 'front' | 'back' | 'left' | 'right';

const DIRECTIONS: Record<PreviewView, Vec3> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
};

interface Props {
  body: ImportedBody;
  view: PreviewView;
  /** A point to look at closely (else the whole body is shown). */
  focus?: Vec3;
  /** Landmarks to mark; `current` is drawn larger and can be dragged on the skin. */
  marks?: Record<string, Vec3>;
  current?: string;
  /** A click on the skin (not a drag of the view): where it hit, in the body frame. */
  onPick?: (p: Vec3) => void;
  label: string;
}

const ray = new THREE.Raycaster();

/**
 * A small 3D view of an imported body (plain three.js, kept apart from the atlas view): drag turns it, the wheel
 * zooms; a click on the skin picks a point, and the current landmark's marker can be dragged along the skin.
 */
export function BodyPreview({ body, view, focus, marks = {}, current, onPick, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scene = useRef<{
    render: () => void;
    mesh: THREE.Mesh;
    camera: THREE.PerspectiveCamera;
    marks: THREE.Group;
    controls: OrbitControls;
  } | null>(null);
  const pick = useRef(onPick);
  const dragged = useRef<{ name?: string; point?: Vec3 }>({});
  useEffect(() => {
    pick.current = onPick;
    dragged.current = { name: current, point: current ? marks[current] : undefined };
  });

  // the renderer, body and camera: made once per body
  useEffect(() => {
    const el = canvas.current!;
    let renderer: THREE.WebGLRenderer;
    try {
      renderer = new THREE.WebGLRenderer({ canvas: el, antialias: true });
    } catch {
      return; // no WebGL: the dialog still says what was found
    }
    renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
    const s = new THREE.Scene();
    s.background = new THREE.Color('#eef1f4');
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(body.skin.positions, 3));
    g.setIndex(new THREE.BufferAttribute(body.skin.indices, 1));
    g.setAttribute('normal', new THREE.BufferAttribute(smoothVertexNormals(body.skin), 3));
    // a scan has up to millions of triangles: clicks and drags raycast through a BVH
    g.computeBoundsTree = computeBoundsTree;
    g.computeBoundsTree();
    const mesh = new THREE.Mesh(g, new THREE.MeshStandardMaterial({ color: '#d8b49c', roughness: 0.8 }));
    mesh.raycast = acceleratedRaycast;
    const markGroup = new THREE.Group();
    s.add(mesh, markGroup, new THREE.HemisphereLight('#ffffff', '#667', 2.2));
    const camera = new THREE.PerspectiveCamera(30, 1, 0.01, 50);
    const controls = new OrbitControls(camera, el);
    const render = () => {
      const { clientWidth: w, clientHeight: h } = el;
      renderer.setSize(w, h, false);
      camera.aspect = w / h;
      camera.updateProjectionMatrix();
      renderer.render(s, camera);
    };
    controls.addEventListener('change', render);
    scene.current = { render, mesh, camera, marks: markGroup, controls };
    const hit = (e: { clientX: number; clientY: number }): Vec3 | null => {
      const r = el.getBoundingClientRect();
      ray.setFromCamera(
        new THREE.Vector2(((e.clientX - r.left) / r.width) * 2 - 1, 1 - ((e.clientY - r.top) / r.height) * 2),
        camera,
      );
      const h = ray.intersectObject(mesh)[0];
      return h ? (h.point.toArray() as Vec3) : null;
    };
    let down: { x: number; y: number; drag: boolean } | null = null;
    const onDown = (e: PointerEvent) => {
      const p = hit(e);
      const m = dragged.current.point;
      const drag = !!(
        p &&
        m &&
        Math.hypot(p[0] - m[0], p[1] - m[1], p[2] - m[2]) < 0.02 * (body.stature / 1.7)
      );
      controls.enabled = !drag;
      down = { x: e.clientX, y: e.clientY, drag };
    };
    const onMove = (e: PointerEvent) => {
      if (!down?.drag) return;
      const p = hit(e);
      if (p) pick.current?.(p);
    };
    const onUp = (e: PointerEvent) => {
      const wasClick = down && !down.drag && Math.hypot(e.clientX - down.x, e.clientY - down.y) < 5;
      down = null;
      controls.enabled = true;
      const p = wasClick ? hit(e) : null;
      if (p) pick.current?.(p);
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    window.__pointatlasPreview = {
      skinAt: (x, y) => hit({ clientX: x, clientY: y }),
      lowest: () => {
        g.computeBoundingBox();
        return g.boundingBox!.min.toArray() as Vec3;
      },
      project: (p) => {
        const v = new THREE.Vector3(...p).project(camera);
        if (Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
        const r = el.getBoundingClientRect();
        return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
      },
    };
    const resize = new ResizeObserver(render);
    resize.observe(el);
    return () => {
      resize.disconnect();
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      controls.dispose();
      disposeBoundsTree.call(g);
      g.dispose();
      renderer.dispose();
      scene.current = null;
      delete window.__pointatlasPreview;
    };
  }, [body]);

  // the camera: the whole body, or the part around `focus`, seen from the given side
  const [fx, fy, fz] = focus ?? [0, body.stature / 2, 0];
  const far = focus ? 0.9 : 2.6;
  useEffect(() => {
    const v = scene.current;
    if (!v) return;
    const d = DIRECTIONS[view];
    const k = body.stature * far;
    v.controls.target.set(fx, fy, fz);
    v.camera.position.set(fx + d[0] * k, fy, fz + d[2] * k);
    v.controls.update();
    v.render();
  }, [body, view, fx, fy, fz, far]);

  // the markers
  useEffect(() => {
    const v = scene.current;
    if (!v) return;
    for (const m of v.marks.children as THREE.Mesh[]) {
      m.geometry.dispose();
      (m.material as THREE.Material).dispose();
    }
    v.marks.clear();
    const r = 0.008 * (body.stature / 1.7);
    for (const [name, p] of Object.entries(marks)) {
      const m = new THREE.Mesh(
        new THREE.SphereGeometry(name === current ? r * 1.6 : r, 12, 8),
        new THREE.MeshBasicMaterial({ color: name === current ? '#d11a2a' : '#1f5fbf', depthTest: false }),
      );
      m.position.set(...p);
      m.renderOrder = 1;
      v.marks.add(m);
    }
    v.render();
  }, [body, marks, current]);

  return <canvas ref={canvas} className="body-preview" aria-label={label} />;
}
