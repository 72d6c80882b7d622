import { beforeAll, describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh';
import { focusPose, type SightBlocked } from '../../src/core/cameraPresets';
import { resolvePoints } from '../../src/core/atlas';
import type { ResolvedSite } from '../../src/core/sites';
import { createSurface } from '../../src/mesh/surface';
import { dot, normalize, sub, type Vec3 } from '../../src/core/vec';
import { listBodies, readBody } from '../../src/cli/bodyFiles';
import { atlasData } from '../../src/data';

// Two legs as vertical cylinders of radius 6 cm, 20 cm apart (+X is the subject's left, +Z the front).
const LEG_R = 0.06;
const legs: [number, number][] = [
  [0.1, 0],
  [-0.1, 0],
];
const legsBlock: SightBlocked = (from, to) =>
  legs.some(([cx, cz]) => {
    // segment against an infinite vertical cylinder, in the XZ plane
    const [fx, fz] = [from[0] - cx, from[2] - cz];
    const [dx, dz] = [to[0] - from[0], to[2] - from[2]];
    const a = dx * dx + dz * dz;
    const b = 2 * (fx * dx + fz * dz);
    const c = fx * fx + fz * fz - LEG_R * LEG_R;
    const disc = b * b - 4 * a * c;
    if (a === 0 || disc < 0) return c < 0;
    const t0 = (-b - Math.sqrt(disc)) / (2 * a);
    const t1 = (-b + Math.sqrt(disc)) / (2 * a);
    return t1 >= 0 && t0 <= 1;
  });
const dirOf = (pose: { position: Vec3; target: Vec3 }) => normalize(sub(pose.position, pose.target));
const LIFT = 0.004;
const lifted = (s: { position: Vec3; normal: Vec3 }): Vec3 => [
  s.position[0] + s.normal[0] * LIFT,
  s.position[1] + s.normal[1] * LIFT,
  s.position[2] + s.normal[2] * LIFT,
];

describe('flying to a point', () => {
  it('looks along the skin normal, tilted a little up, when nothing is in the way', () => {
    const site = { position: [0.16, 0.4, 0] as Vec3, normal: [1, 0, 0] as Vec3 }; // outside of the left leg
    const pose = focusPose(site, 0.7, legsBlock);
    const dir = dirOf(pose);
    expect(dir[0]).toBeGreaterThan(0.98);
    expect(dir[1]).toBeGreaterThan(0);
    expect(pose.target).toEqual(site.position);
    expect(Math.hypot(...sub(pose.position, pose.target))).toBeCloseTo(0.7);
  });

  it('turns away from the other leg for a point on the inside of a leg, to a clear view from the front', () => {
    const site = { position: [0.04, 0.4, 0] as Vec3, normal: [-1, 0, 0] as Vec3 }; // inside of the left leg
    const naive = focusPose(site, 0.7);
    expect(legsBlock(lifted(site), naive.position)).toBe(true); // the normal's view looks through the right leg
    const pose = focusPose(site, 0.7, legsBlock);
    expect(legsBlock(lifted(site), pose.position)).toBe(false);
    const dir = dirOf(pose);
    expect(dot(dir, site.normal)).toBeGreaterThan(0.15); // still on the point's side of the skin
    expect(dir[2]).toBeGreaterThan(0.3); // from the front
  });

  it('keeps the normal view when no direction is clear', () => {
    const site = { position: [0, 0, 0] as Vec3, normal: [0, 0, 1] as Vec3 };
    const pose = focusPose(site, 0.5, () => true);
    expect(pose).toEqual(focusPose(site, 0.5));
  });
});

// medial points of the limbs, which face the other limb or the trunk
const MEDIAL = ['SP6', 'KI3', 'HT7', 'LR8'];

describe.each(listBodies())('flying to medial limb points on the %s body', (id) => {
  let skin: THREE.Mesh;
  let sites: ResolvedSite[];
  const ray = new THREE.Raycaster();
  const blocked: SightBlocked = (from, to) => {
    const a = new THREE.Vector3(...from);
    const d = new THREE.Vector3(...to).sub(a);
    ray.set(a, d.clone().normalize());
    ray.far = d.length();
    return ray.intersectObject(skin, false).length > 0;
  };

  beforeAll(async () => {
    const body = await readBody(id);
    const atlas = resolvePoints(createSurface(body.meshes.skin), body.landmarks, atlasData.points);
    sites = atlas.sites.filter((s) => MEDIAL.includes(s.code));
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.BufferAttribute(body.meshes.skin.positions, 3));
    g.setIndex(new THREE.BufferAttribute(Uint32Array.from(body.meshes.skin.indices), 1));
    computeBoundsTree.call(g);
    skin = new THREE.Mesh(g, new THREE.MeshBasicMaterial({ side: THREE.DoubleSide }));
    skin.raycast = acceleratedRaycast;
  });

  it('sees each of SP6, KI3, HT7 and LR8 (both sides) with nothing of the body in the way', () => {
    expect(sites).toHaveLength(MEDIAL.length * 2);
    for (const s of sites)
      for (const dist of [0.7, 0.35]) {
        const pose = focusPose(s, dist, blocked);
        expect(blocked(lifted(s), pose.position), `${s.id} at ${dist} m`).toBe(false);
        expect(dot(dirOf(pose), s.normal), s.id).toBeGreaterThan(0.15);
      }
  });

  it('would look at SP6 through the other leg when looking straight along the normal', () => {
    const naive = sites.filter((s) => blocked(lifted(s), focusPose(s, 0.7).position)).map((s) => s.id);
    expect(naive).toEqual(expect.arrayContaining(['SP6.L', 'SP6.R']));
  });
});
