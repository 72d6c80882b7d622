import { describe, expect, it } from 'vitest';
import { zoneLabelShown, type FirstHit, type ZoneAnchor } from '../../src/scene/zoneAnchors';
import { dot, sub, type Vec3 } from '../../src/core/vec';

// A head as a sphere of radius 8 cm at the origin (+X is the subject's left), ears as points just outside it.
const HEAD_R = 0.08;
const headHit: FirstHit = (from, dir, far) => {
  const b = dot(from, dir);
  const c = dot(from, from) - HEAD_R * HEAD_R;
  const disc = b * b - c;
  if (disc < 0) return null;
  const t = -b - Math.sqrt(disc);
  return t >= 0 && t <= far ? t : null;
};
const noHit: FirstHit = () => null;

const leftEar: ZoneAnchor = { text: 'CO12', position: [0.085, 0, 0], normal: [1, 0, 0] };
// the back of the right ear faces the head and so, across it, the left side
const rightEarBack: ZoneAnchor = { text: 'CO12', position: [-0.085, 0, 0.02], normal: [0.6, 0, 0.8] };
// the left-ear close-up: the camera 17 cm out from the left ear
const eye: Vec3 = [0.26, 0.01, 0.03];

describe('zone labels hidden behind the body', () => {
  it('draws the near ear label and not the far ear label through the head', () => {
    expect(zoneLabelShown(leftEar, eye, headHit, 0.45)).toBe(true);
    expect(zoneLabelShown(rightEarBack, eye, headHit, 0.45)).toBe(false);
  });

  it('hides the far ear label only because of the head: with nothing in the way it faces the eye and shows', () => {
    expect(dot(sub(eye, rightEarBack.position), rightEarBack.normal)).toBeGreaterThan(0);
    expect(zoneLabelShown(rightEarBack, eye, noHit, 0.45)).toBe(true);
  });

  it("keeps a label whose ray meets the surface at the anchor itself (the label's own skin)", () => {
    const ownSkin: FirstHit = (_from, _dir, far) => far - 0.001;
    expect(zoneLabelShown(leftEar, eye, ownSkin)).toBe(true);
    const foldBefore: FirstHit = (_from, _dir, far) => far - 0.01;
    expect(zoneLabelShown(leftEar, eye, foldBefore)).toBe(false);
  });

  it('hides labels on spots that face away, and ear labels beyond the close-up distance', () => {
    const away: ZoneAnchor = { ...leftEar, normal: [-1, 0, 0] };
    expect(zoneLabelShown(away, eye, noHit)).toBe(false);
    expect(zoneLabelShown(leftEar, [1.5, 0, 0], noHit, 0.45)).toBe(false);
    expect(zoneLabelShown(leftEar, [1.5, 0, 0], noHit)).toBe(true);
  });
});
