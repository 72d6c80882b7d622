import * as THREE from 'three';

/**
 * Border segments between zone labels on a mesh: in each triangle whose corners carry different labels, a segment
 * joins the midpoints of its two mixed edges, lifted a little along the normal so it shows above the skin.
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
    a.addScaledVector(n, 0.0002);
    out.push(a.x, a.y, a.z);
  };
  const count = index ? index.count : pos.count;
  for (let f = 0; f < count; f += 3) {
    const v = [0, 1, 2].map((k) => (index ? index.getX(f + k) : f + k));
    const l = v.map((i) => labels[i]);
    if (l[0] === l[1] && l[1] === l[2]) continue;
    const mixed = [
      [0, 1],
      [1, 2],
      [2, 0],
    ].filter(([p, q]) => l[p] !== l[q]);
    if (mixed.length < 2) continue;
    midpoint(v[mixed[0][0]], v[mixed[0][1]]);
    midpoint(v[mixed[1][0]], v[mixed[1][1]]);
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(out, 3));
  return g;
}
