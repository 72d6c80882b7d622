import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { levelIndex } from '../../core/dermatomeLevels';
import { patchTriangles } from '../../core/study/levelPatch';
import { dermatomeLabelsOf } from '../../state/study/levelRound';
import { useAtlasStore } from '../../state/store';

/**
 * One dermatome level's patch drawn over the skin in one colour (the level a question marks, or an answer's), on
 * both sides of the body. Its own triangles lifted a millimetre off the skin: the body's zone colours stay as they
 * are, and the dermatome layer stays hidden so no other patch is named.
 */
export function LevelPatch({ level, colour }: { level: string; colour: string }) {
  const skin = useAtlasStore((s) => s.skin);
  const labels = useAtlasStore((s) => dermatomeLabelsOf(s.layers));
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    if (skin && labels && labels.length === skin.positions.length / 3) {
      // flat on the skin (lifting each triangle along its own normal opened cracks between them): the polygon
      // offset keeps it in front
      const tris = patchTriangles({ ...skin, labels }, levelIndex(level), 0);
      g.setAttribute('position', new THREE.BufferAttribute(tris, 3));
    }
    return g;
  }, [level, skin, labels]);
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: colour,
        transparent: true,
        opacity: 0.6,
        side: THREE.DoubleSide,
        polygonOffset: true,
        polygonOffsetFactor: -4,
        polygonOffsetUnits: -4,
        depthWrite: false,
      }),
    [colour],
  );
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <mesh
      name={`study-level-${level}`}
      geometry={geometry}
      material={material}
      renderOrder={5}
      raycast={() => null}
    />
  );
}
