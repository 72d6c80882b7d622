import { useMemo } from 'react';
import { Line } from '@react-three/drei';
import { rulerTicks } from '../core/cunRuler';
import type { Derivation } from '../core/sites';
import type { Vec3 } from '../core/vec';

/** Colours of the ruler: the segment (white, ticked), the steps taken (amber), the site itself. */
export const RULER_SEGMENT = '#ffffff';
export const RULER_STEP = '#ffb400';

/**
 * How a site is found, drawn on the body: each proportional segment used, with a tick per B-cun, and each step walked
 * (the distance taken, the offset) in a bright colour. Drawn over the body so that it reads from any angle.
 */
export function CunRuler({ derivation, normal }: { derivation: Derivation; normal: Vec3 }) {
  const ticks = useMemo(
    () => derivation.segments.flatMap((s) => rulerTicks(s, normal).flat()),
    [derivation, normal],
  );
  return (
    <group name="cun-ruler" renderOrder={5}>
      {derivation.segments.map((s, i) => (
        <Line
          key={`seg${i}`}
          points={[s.from as Vec3, s.to as Vec3]}
          color={RULER_SEGMENT}
          lineWidth={2}
          depthTest={false}
          transparent
          opacity={0.9}
          renderOrder={5}
        />
      ))}
      {ticks.length > 0 && (
        <Line
          points={ticks as Vec3[]}
          segments
          color={RULER_SEGMENT}
          lineWidth={2}
          depthTest={false}
          transparent
          opacity={0.9}
          renderOrder={5}
        />
      )}
      {derivation.steps
        .filter((s) => s.path.length >= 2)
        .map((s, i) => (
          <Line
            key={`step${i}`}
            points={s.path as Vec3[]}
            color={RULER_STEP}
            lineWidth={4}
            depthTest={false}
            transparent
            renderOrder={6}
          />
        ))}
    </group>
  );
}
