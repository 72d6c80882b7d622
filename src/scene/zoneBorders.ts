import * as THREE from 'three';

/** How far (m) a border is lifted along the normal so it shows above the skin. */
const LIFT_M = 0.0002;

/**
 * Border segments between zone labels on a mesh: in each triangle whose corners carry different labels, a segment
 * joins the midpoints of its two mixed edges (the first two, when all three corners differ), lifted a little along
 * the normal so it shows above the skin. One pass over the triangles without allocating per triangle: the ears
 * have tens of thousands.
 */
export function zoneBorders(mesh: THREE.BufferGeometry, labels: Int16Array): THREE.BufferGeometry {
  // the (non-interleaved) arrays themselves, not BufferAttribute accessors: this runs once per ear and layer on the
  // way to the first frame, before the JIT has warmed up, where every call per vertex counts (~5× faster then)
  const p = mesh.getAttribute('position').array;
  const nr = mesh.getAttribute('normal').array;
  const index = mesh.getIndex()?.array;
  const out: number[] = [];
  const midpoint = (i: number, j: number) => {
    const i3 = i * 3;
    const j3 = j * 3;
    const nx = nr[i3] + nr[j3];
    const ny = nr[i3 + 1] + nr[j3 + 1];
    const nz = nr[i3 + 2] + nr[j3 + 2];
    const lift = LIFT_M / (Math.hypot(nx, ny, nz) || 1);
    out.push(
      (p[i3] + p[j3]) * 0.5 + nx * lift,
      (p[i3 + 1] + p[j3 + 1]) * 0.5 + ny * lift,
      (p[i3 + 2] + p[j3 + 2]) * 0.5 + nz * lift,
    );
  };
  const count = index ? index.length : p.length / 3;
  for (let f = 0; f < count; f += 3) {
    const v0 = index ? index[f] : f;
    const v1 = index ? index[f + 1] : f + 1;
    const v2 = index ? index[f + 2] : f + 2;
    const l0 = labels[v0];
    const l1 = labels[v1];
    const l2 = labels[v2];
    if (l0 === l1 && l1 === l2) continue;
    // edges 0–1, 1–2, 2–0 in that order; a triangle with mixed labels has two or three mixed edges: take two
    let ends = 0;
    if (l0 !== l1) {
      midpoint(v0, v1);
      ends++;
    }
    if (l1 !== l2) {
      midpoint(v1, v2);
      ends++;
    }
    if (ends < 2 && l2 !== l0) midpoint(v2, v0);
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(out, 3));
  return g;
}

/**
 * The meshes an outlined zones layer draws on, each with its labels: the body's extra parts by glTF name (a shipped
 * body's ears) and the skin itself when the layer labels it (a user's body, whose ears are part of its skin).
 */
export function outlinedMeshes(
  model: { skin: THREE.BufferGeometry; parts: THREE.BufferGeometry[]; partNames: string[] },
  zones: { vertexLabel: Int16Array; parts?: Record<string, Int16Array> },
): { name: string; geometry: THREE.BufferGeometry; labels: Int16Array }[] {
  const meshes = [
    { name: 'skin', geometry: model.skin, labels: zones.vertexLabel },
    ...Object.entries(zones.parts ?? {}).map(([name, labels]) => ({
      name,
      geometry: model.parts[model.partNames.indexOf(name)],
      labels,
    })),
  ];
  return meshes.filter(
    (m) => m.geometry && m.labels.length > 0 && m.geometry.getAttribute('position').count === m.labels.length,
  );
}
