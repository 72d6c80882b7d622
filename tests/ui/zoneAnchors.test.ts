import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { labelsBySide, zoneAnchors } from '../../src/scene/zoneAnchors';

type V = [number, number, number];
/** A bare point cloud with normals: geometry for the anchor search (no faces needed). */
const cloud = (points: { p: V; n: V }[]) => {
  const g = new THREE.BufferGeometry();
  g.setAttribute(
    'position',
    new THREE.Float32BufferAttribute(
      points.flatMap((x) => x.p),
      3,
    ),
  );
  g.setAttribute(
    'normal',
    new THREE.Float32BufferAttribute(
      points.flatMap((x) => x.n),
      3,
    ),
  );
  return g;
};

describe('zoneAnchors', () => {
  it('puts a cupped zone’s name on its floor, not on the wall nearest the centroid that faces away', () => {
    // a cup opening upward: a wide floor at y=0 (normals up), two tall walls at x=±1 (normals inward, sideways);
    // the centroid sits above the floor, nearer the wall tops than any floor vertex
    const floor = [-0.8, -0.4, 0, 0.4, 0.8].map((x) => ({ p: [x, 0, 0] as V, n: [0, 1, 0] as V }));
    const walls = [0.6, 1.2, 1.8, 2.4, 3].flatMap((y) => [
      { p: [-1, y, 0] as V, n: [1, 0, 0] as V },
      { p: [1, y, 0] as V, n: [-1, 0, 0] as V },
    ]);
    const g = cloud([...walls, ...floor]);
    const [a] = zoneAnchors(g, new Int16Array(15).fill(0), ['CO12']);
    expect(a.text).toBe('CO12');
    expect(a.normal).toEqual([0, 1, 0]);
    expect(a.position).toEqual([0, 0, 0]);
  });

  it('falls back to the vertex nearest the centroid when none faces the zone’s mean way', () => {
    // normals that cancel: no vertex is within 60° of a (zero) mean normal
    const g = cloud([
      { p: [0, 0, 0], n: [1, 0, 0] },
      { p: [2, 0, 0], n: [-1, 0, 0] },
      { p: [0.9, 0, 0], n: [0, 1, 0] },
      { p: [1.1, 0.5, 0], n: [0, -1, 0] },
    ]);
    const [a] = zoneAnchors(g, Int16Array.from([0, 0, 0, 0]), ['A']);
    expect(a.position[0]).toBeCloseTo(0.9);
  });

  it('skips unlabelled vertices and small zones, and lists zones in the order they first occur', () => {
    const pts = Array.from({ length: 12 }, (_, i) => ({ p: [i, 0, 0] as V, n: [0, 0, 1] as V }));
    // label 2 first (4 vertices), label 0 (5 vertices), label 1 has only 2, -1 is no zone
    const labels = Int16Array.from([2, 2, -1, 0, 0, 0, 0, 0, 1, 1, 2, 2]);
    const out = zoneAnchors(cloud(pts), labels, ['zero', 'one', 'two']);
    expect(out.map((a) => a.text)).toEqual(['two', 'zero']);
    // zone 0 spans x = 3..7: its centre vertex is x = 5
    expect(out[1].position[0]).toBe(5);
  });
});

describe('labelsBySide', () => {
  it('names a zone on each ear of one mesh at that ear, not between the two', () => {
    // two ears of one skin at x = ±0.08, each with four vertices of label 0 facing outward
    const ear = (x: number) =>
      [0, 0.01, 0.02, 0.03].map((y) => ({ p: [x, 1.6 + y, 0] as V, n: [Math.sign(x), 0, 0] as V }));
    const g = cloud([...ear(0.08), ...ear(-0.08)]);
    const labels = new Int16Array(8).fill(0);
    const both = zoneAnchors(g, labels, ['HX']);
    expect(both).toHaveLength(1);
    const sides = labelsBySide(g, labels).flatMap((l) => zoneAnchors(g, l, ['HX']));
    expect(sides.map((a) => Math.sign(a.position[0])).sort()).toEqual([-1, 1]);
    for (const a of sides) expect(a.normal[0]).toBe(Math.sign(a.position[0]));
  });
});
