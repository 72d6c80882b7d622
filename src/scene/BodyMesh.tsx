import { useCallback, useEffect, useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import * as THREE from 'three';
import { useShallow } from 'zustand/react/shallow';
import { eyeTint } from '../core/eyeTint';
import { BODY_IDS } from '../state/bodyUrls';
import { useAtlasStore } from '../state/store';
import { useSceneStore } from './sceneStore';
import { createSkinMaterial } from './skinMaterial';
import { PART_ZONE_ALPHA, SKIN_ZONE_ALPHA, paintZones, zoneOverlays } from './zonePaint';

/** Skin tone that reads on a projector: light warm grey-beige, soft and matte. */
const SKIN_COLOUR = '#d8c3b3';

/**
 * Iris and pupil, painted on the generated faces' eyes: their eyeballs are skin like the rest, and under the soft
 * studio light the open eye read faintly at the head preset on a projector.
 */
const IRIS_COLOUR = new THREE.Color('#6b5343');
const PUPIL_COLOUR = new THREE.Color('#221c19');

type EyeTint = ReturnType<typeof eyeTint>;

/** The eye paint of a shipped body's skin (from its pupil landmarks), or null. */
function useEyeTint(geometry: THREE.BufferGeometry | undefined): EyeTint {
  const bodyId = useAtlasStore((st) => st.bodyId);
  const landmarks = useAtlasStore((st) => st.landmarks);
  return useMemo(() => {
    if (!geometry || !landmarks || !BODY_IDS.includes(bodyId)) return null;
    const pupils = ['pupil.L', 'pupil.R'].flatMap((k) => (landmarks[k] ? [landmarks[k]] : []));
    const normal = geometry.getAttribute('normal');
    if (!normal) return null;
    return eyeTint(geometry.getAttribute('position').array, normal.array, pupils);
  }, [geometry, landmarks, bodyId]);
}

/** Blends the eye paint into vertex colours (linear RGB), over whatever zones are painted there. */
function paintEyes(rgb: Float32Array, tint: NonNullable<EyeTint>): void {
  for (let v = 0; v < tint.iris.length; v++) {
    for (const [w, c] of [
      [tint.iris[v], IRIS_COLOUR],
      [tint.pupil[v], PUPIL_COLOUR],
    ] as const) {
      if (w <= 0) continue;
      rgb[v * 3] += (c.r - rgb[v * 3]) * w;
      rgb[v * 3 + 1] += (c.g - rgb[v * 3 + 1]) * w;
      rgb[v * 3 + 2] += (c.b - rgb[v * 3 + 2]) * w;
    }
  }
}

/** Sets (or updates in place) the mesh's vertex colours from the zones layers shown on it (and the eyes, if given). */
function usePaint(
  geometry: THREE.BufferGeometry | undefined,
  mesh: string,
  alpha: number,
  eyes: EyeTint = null,
): void {
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
    if (eyes && eyes.iris.length === n) paintEyes(rgb, eyes);
    if (prev && prev.array === rgb) prev.needsUpdate = true;
    else geometry.setAttribute('color', new THREE.BufferAttribute(rgb, 3));
    invalidate();
  }, [geometry, mesh, alpha, s, eyes, invalidate]);
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
  usePaint(model?.skin, 'skin', SKIN_ZONE_ALPHA, useEyeTint(model?.skin));
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
