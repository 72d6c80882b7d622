import { useMemo } from 'react';
import * as THREE from 'three';
import { srgbOf, type Rgb } from '../core/colour';
import type { Vec3 } from '../core/vec';
import { NPT_STATUS_STYLE } from '../state/nptLayer';
import { FatLines } from './FatLines';
import { useNptMarkers } from './useNptMarkers';

const ARROW_LENGTH_M = 0.006;
const ARROW_HALF_WIDTH_M = 0.0035;

/** Line segments of one course: the path itself and a small arrowhead at its far end, in the skin's plane. */
function courseSegments(path: readonly Vec3[], normal: Vec3): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 1; i < path.length; i++) out.push(path[i - 1], path[i]);
  if (path.length < 2) return out;
  const end = new THREE.Vector3(...path[path.length - 1]);
  const back = new THREE.Vector3(...path[Math.max(0, path.length - 4)]);
  const dir = end.clone().sub(back).normalize();
  const across = dir
    .clone()
    .cross(new THREE.Vector3(...normal))
    .normalize();
  for (const sign of [1, -1]) {
    const tip = end
      .clone()
      .addScaledVector(dir, -ARROW_LENGTH_M)
      .addScaledVector(across, sign * ARROW_HALF_WIDTH_M);
    out.push(end.toArray() as Vec3, tip.toArray() as Vec3);
  }
  return out;
}

/**
 * The course of each visible nerve from its exit site: a short line over the skin (already lifted off it at build
 * time) ending in an arrowhead, in the colour of the site's evidence status. One draw for all of them.
 */
export function NerveCourseLines() {
  const markers = useNptMarkers();
  const { points, colours } = useMemo(() => {
    const pts: Vec3[] = [];
    const cols: Rgb[] = [];
    for (const { site } of markers) {
      const segs = courseSegments(site.course, site.normal);
      const c = srgbOf(NPT_STATUS_STYLE[site.status].colour);
      pts.push(...segs);
      for (let i = 0; i < segs.length; i++) cols.push(c);
    }
    return { points: pts, colours: cols };
  }, [markers]);
  if (points.length < 2) return null;
  return <FatLines name="npt-courses" points={points} colours={colours} lineWidth={2.5} renderOrder={1} />;
}
