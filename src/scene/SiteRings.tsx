import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { srgbOf } from '../core/colour';
import type { Vec3 } from '../core/vec';
import { commitBillboards, createBillboards, setBillboard } from './billboards';
import { createBillboardMaterial } from './billboardMaterial';
import { useScreenMaterial } from './useScreenMaterial';

interface SiteRingsProps {
  /** The mesh's name (what tests and the picking code look for). */
  name: string;
  sites: readonly { position: Vec3 }[];
  /** A CSS hex colour; handed to the shader as sRGB, which it writes as it is (no output conversion). */
  colour: string;
  renderOrder: number;
  /** The ring's size (px) for the canvas height, when it follows the view; the shader's default size otherwise. */
  sizeFor?: (height: number) => number;
}

/**
 * A ring in one colour around each of a set of sites: one merged geometry, one draw, the billboard shader the
 * markers use. The plan's items and a tour's highlights are drawn with it.
 */
export function SiteRings({ name, sites, colour, renderOrder, sizeFor }: SiteRingsProps) {
  const { invalidate } = useThree();
  const material = useMemo(() => createBillboardMaterial('ring'), []);
  useScreenMaterial(material, sizeFor);
  const capacity = Math.max(8, sites.length);
  const geometry = useMemo(() => createBillboards(capacity, 'aState'), [capacity]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => {
    const srgb = srgbOf(colour);
    sites.forEach((s, i) => setBillboard(geometry, i, s.position, srgb));
    commitBillboards(geometry, sites.length);
    invalidate();
  }, [sites, colour, geometry, invalidate]);
  if (sites.length === 0) return null;
  return (
    <mesh
      name={name}
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={renderOrder}
      raycast={() => null}
    />
  );
}
