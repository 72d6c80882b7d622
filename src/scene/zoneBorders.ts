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
  const pos = mesh.getAttribute('position');
  const nor = mesh.getAttribute('normal');
  const index = mesh.getIndex();
  const out: number[] = [];
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const n = new THREE.Vector3();
  const midpoint = (i: number, j: number) => {
    a.fromBufferAttribute(pos, i).add(b.fromBufferAttribute(pos, j)).multiplyScalar(0.5);
    n.fromBufferAttribute(nor, i).add(b.fromBufferAttribute(nor, j)).normalize();
    a.addScaledVector(n, LIFT_M);
    out.push(a.x, a.y, a.z);
  };
  const count = index ? index.count : pos.count;
  for (let f = 0; f < count; f += 3) {
    const v0 = index ? index.getX(f) : f;
    const v1 = index ? index.getX(f + 1) : f + 1;
    const v2 = index ? index.getX(f + 2) : f + 2;
    const [l0, l1, l2] = [labels[v0], labels[v1], labels[v2]];
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
