import { useCallback } from 'react';
import type * as THREE from 'three';
import { useSceneStore } from './sceneStore';

/** Skin tone that reads on a projector: light warm grey-beige, soft and matte. */
const SKIN_COLOUR = '#d8c3b3';

/** The body: skin and any extra parts (ears), one matte material, registered for picking. */
export function BodyMesh() {
  const model = useSceneStore((s) => s.model);
  const register = useCallback((mesh: THREE.Mesh | null) => {
    useSceneStore.setState({ skinMesh: mesh });
  }, []);
  if (!model) return null;
  return (
    <group name="body">
      <mesh ref={register} geometry={model.skin} name="skin">
        <meshStandardMaterial color={SKIN_COLOUR} roughness={0.78} metalness={0} />
      </mesh>
      {model.parts.map((g, i) => (
        <mesh key={i} geometry={g}>
          <meshStandardMaterial color={SKIN_COLOUR} roughness={0.78} metalness={0} />
        </mesh>
      ))}
    </group>
  );
}
