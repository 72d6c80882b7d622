import { useMemo } from 'react';
import { srgbOf, type Rgb } from '../core/colour';
import { rulerTicks } from '../core/cunRuler';
import type { Derivation } from '../core/sites';
import type { Vec3 } from '../core/vec';
import { FatLines, polylineSegments } from './FatLines';

/** Colours of the ruler: the segment (white, ticked), the steps taken (amber), the site itself. */
export const RULER_SEGMENT = '#ffffff';
export const RULER_STEP = '#ffb400';

const colourEach = (points: readonly Vec3[], hex: string): Rgb[] => points.map(() => srgbOf(hex));

/**
 * How a site is found, drawn on the body: each proportional segment used, with a tick per B-cun, and each step walked
 * (the distance taken, the offset) in a bright colour. Drawn over the body so that it reads from any angle.
 */
export function CunRuler({ derivation, normal }: { derivation: Derivation; normal: Vec3 }) {
  const ticks = useMemo(
    () => derivation.segments.flatMap((s) => rulerTicks(s, normal).flat()),
    [derivation, normal],
  );
  const steps = useMemo(
    () =>
      derivation.steps
        .filter((s) => s.path.length >= 2)
        .map((s) => {
          const points = polylineSegments(s.path as Vec3[]);
          return { points, colours: colourEach(points, RULER_STEP) };
        }),
    [derivation],
  );
  const segments = useMemo(
    () =>
      derivation.segments.map((s) => {
        const points = [s.from as Vec3, s.to as Vec3];
        return { points, colours: colourEach(points, RULER_SEGMENT) };
      }),
    [derivation],
  );
  const tickColours = useMemo(() => colourEach(ticks as Vec3[], RULER_SEGMENT), [ticks]);
  return (
    <group name="cun-ruler" renderOrder={5}>
      {segments.map((s, i) => (
        <FatLines
          key={`seg${i}`}
          points={s.points}
          colours={s.colours}
          lineWidth={2}
          depthTest={false}
          opacity={0.9}
          renderOrder={5}
        />
      ))}
      {ticks.length > 0 && (
        <FatLines
          points={ticks as Vec3[]}
          colours={tickColours}
          lineWidth={2}
          depthTest={false}
          opacity={0.9}
          renderOrder={5}
        />
      )}
      {steps.map((s, i) => (
        <FatLines
          key={`step${i}`}
          points={s.points}
          colours={s.colours}
          lineWidth={4}
          depthTest={false}
          renderOrder={6}
        />
      ))}
    </group>
  );
}
