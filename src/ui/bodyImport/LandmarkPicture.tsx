import type { KeyLandmark } from '../../core/calibration/keyLandmarks';
import type { Vec3 } from '../../core/vec';

/** The lines of the figure: landmark to landmark, side by side for the limbs. */
const BONES: [string, string][] = [
  ['chin', 'suprasternal_notch'],
  ['suprasternal_notch', 'umbilicus'],
  ['umbilicus', 'pubic_symphysis'],
  ['vertex', 'spinous.C7'],
  ...(['L', 'R'] as const).flatMap((s): [string, string][] => [
    ['suprasternal_notch', `acromion.${s}`],
    [`acromion.${s}`, `cubital_crease.${s}`],
    [`cubital_crease.${s}`, `wrist_crease_palmar.${s}`],
    [`wrist_crease_palmar.${s}`, `middle_tip.${s}`],
    ['pubic_symphysis', `patella_apex.${s}`],
    [`patella_apex.${s}`, `medial_malleolus.${s}`],
    [`medial_malleolus.${s}`, `heel.${s}`],
    [`medial_malleolus.${s}`, `great_toe_tip.${s}`],
  ]),
];

/** Screen x of a body-frame point seen from a side: front looks at −Z (subject's left on the right), and so on. */
const across: Record<KeyLandmark['view'], (p: Vec3) => number> = {
  front: (p) => p[0],
  back: (p) => -p[0],
  left: (p) => -p[2],
  right: (p) => p[2],
};

/**
 * A small drawing of where a key landmark is: the shipped body's landmarks, seen from the landmark's side, joined as
 * a figure, with the landmark ringed. Drawn here from the project's own landmark data.
 */
export function LandmarkPicture({
  landmark,
  lm,
}: {
  landmark: KeyLandmark;
  /** The shipped body's landmarks (useReferenceLandmarks). */
  lm: Record<string, Vec3> | null;
}) {
  if (!lm?.[landmark.name]) return null;
  const x = across[landmark.view];
  const h = lm.vertex[1];
  const at = (p: Vec3) => [x(p) * 100, (h - p[1]) * 100] as const;
  const [cx, cy] = at(lm[landmark.name]);
  return (
    <svg
      className="landmark-picture"
      viewBox={`-60 -8 120 ${h * 100 + 16}`}
      role="img"
      aria-label={`Where the landmark is, seen from the ${landmark.view}`}
    >
      {BONES.filter(([a, b]) => lm[a] && lm[b]).map(([a, b]) => {
        const [x1, y1] = at(lm[a]);
        const [x2, y2] = at(lm[b]);
        return (
          <line
            key={`${a}-${b}`}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            stroke="#8a7868"
            strokeWidth={2.4}
            strokeLinecap="round"
          />
        );
      })}
      <circle
        cx={(at(lm.vertex)[0] + at(lm.chin)[0]) / 2}
        cy={(at(lm.vertex)[1] + at(lm.chin)[1]) / 2}
        r={(at(lm.chin)[1] - at(lm.vertex)[1]) / 2}
        fill="none"
        stroke="#8a7868"
        strokeWidth={2.4}
      />
      <circle cx={cx} cy={cy} r={6} fill="none" stroke="#d11a2a" strokeWidth={2.5} />
      <circle cx={cx} cy={cy} r={2} fill="#d11a2a" />
    </svg>
  );
}
