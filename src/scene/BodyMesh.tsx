import { useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';
import { createSkinMaterial } from './skinMaterial';
import { PART_ZONE_ALPHA, SKIN_ZONE_ALPHA, paintZones, zoneOverlays } from './zonePaint';

/** Skin tone that reads on a projector: light warm grey-beige, soft and matte. */
const SKIN_COLOUR = '#d8c3b3';

/** Sets (or updates in place) the mesh's vertex colours from the zones layers shown on it. */
function usePaint(geometry: THREE.BufferGeometry | undefined, mesh: string, alpha: number): void {
  const { invalidate } = useThree();
  const s = useAtlasStore(
    useShallow((st) => ({
      layers: st.layers,
      layerOn: st.layerOn,
      layerListed: st.layerListed,
      groupOff: st.groupOff,
    })),
  );
  // before the frame that draws it: a mesh without its colours would draw black
  useLayoutEffect(() => {
    if (!geometry) return;
    const n = geometry.getAttribute('position').count;
    const base = new THREE.Color(SKIN_COLOUR);
    const prev = geometry.getAttribute('color') as THREE.BufferAttribute | undefined;
    const rgb = paintZones(base, n, zoneOverlays(s, mesh, n), alpha, prev?.array as Float32Array);
    if (prev && prev.array === rgb) prev.needsUpdate = true;
    else geometry.setAttribute('color', new THREE.BufferAttribute(rgb, 3));
    invalidate();
  }, [geometry, mesh, alpha, s, invalidate]);
}

function Part({
  geometry,
  name,
  material,
}: {
  geometry: THREE.BufferGeometry;
  name: string;
  material: THREE.Material;
}) {
  usePaint(geometry, name, PART_ZONE_ALPHA);
  return <mesh geometry={geometry} material={material} />;
}

/**
 * The body: skin and any extra parts (ears), one matte material (skinMaterial.ts), registered for picking. Surface zones (dermatomes,
 * NRT zones, ear parts and areas) are painted into the meshes' own vertex colours, so the body stays one draw per
 * mesh whatever is shown.
 */
export function BodyMesh() {
  const model = useSceneStore((s) => s.model);
  const register = useCallback((mesh: THREE.Mesh | null) => {
    useSceneStore.setState({ skinMesh: mesh });
  }, []);
  usePaint(model?.skin, 'skin', SKIN_ZONE_ALPHA);
  const material = useMemo(() => createSkinMaterial(), []);
  useEffect(() => () => material.dispose(), [material]);
  const parts = useMemo(
    () => (model ? model.parts.map((g, i) => ({ g, name: model.partNames[i] })) : []),
    [model],
  );
  if (!model) return null;
  return (
    <group name="body">
      <mesh ref={register} geometry={model.skin} name="skin" material={material} />
      {parts.map(({ g, name }) => (
        <Part key={name} geometry={g} name={name} material={material} />
      ))}
    </group>
  );
}
