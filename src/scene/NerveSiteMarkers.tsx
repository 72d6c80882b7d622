import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { srgbOf } from '../core/colour';
import { NPT_STATUS_STYLE } from '../state/nptLayer';
import { commitBillboards, createBillboards, setBillboard, setBillboardValue } from './billboards';
import { createBillboardMaterial } from './billboardMaterial';
import { useNptMarkers } from './useNptMarkers';
import { useScreenMaterial } from './useScreenMaterial';

/**
 * The status shape of each visible nerve site (diamond, square, triangle), all in one merged geometry drawn under the
 * shared disc markers, which keep hover, selection and picking for every layer.
 */
export function NerveSiteMarkers() {
  const markers = useNptMarkers();
  const { invalidate } = useThree();
  const material = useMemo(() => createBillboardMaterial('frame'), []);
  useScreenMaterial(material);
  const capacity = Math.max(1, markers.length);
  const geometry = useMemo(() => createBillboards(capacity, 'aShape'), [capacity]);

  useEffect(() => () => geometry.dispose(), [geometry]);

  useEffect(() => {
    markers.forEach(({ site }, i) => {
      const style = NPT_STATUS_STYLE[site.status];
      setBillboard(geometry, i, site.position, srgbOf(style.colour));
      setBillboardValue(geometry, 'aShape', i, style.shape);
    });
    commitBillboards(geometry, markers.length);
    invalidate();
  }, [markers, geometry, invalidate]);

  if (markers.length === 0) return null;
  return (
    <mesh
      name="npt-site-shapes"
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={1}
      raycast={() => null}
    />
  );
}
