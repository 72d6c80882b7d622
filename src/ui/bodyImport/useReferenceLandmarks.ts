import { useEffect, useState } from 'react';
import type { Vec3 } from '../../core/vec';
import { loadLandmarks } from '../../state/bodyAssets';
import { DEFAULT_BODY } from '../../state/bodyUrls';

/** The landmarks of the first shipped body, which the calibration's pictures and first views are drawn from. */
export function useReferenceLandmarks(): Record<string, Vec3> | null {
  const [lm, setLm] = useState<Record<string, Vec3> | null>(null);
  useEffect(() => {
    loadLandmarks(DEFAULT_BODY).then(setLm, () => setLm(null));
  }, []);
  return lm;
}
