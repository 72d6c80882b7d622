import type { Vec3 } from '../../core/vec';

/** A small sphere drawn over the body (the true site, the click, the site a name question asks about). */
export function StudyDot({ at, colour, size = 0.006 }: { at: Vec3; colour: string; size?: number }) {
  return (
    <mesh position={at as [number, number, number]} renderOrder={7}>
      <sphereGeometry args={[size, 16, 12]} />
      <meshBasicMaterial color={colour} depthTest={false} transparent opacity={0.95} />
    </mesh>
  );
}
