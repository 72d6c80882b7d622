/** A landmark the user places by hand when calibrating a body, with how to find it. */
export interface KeyLandmark {
  /** The landmark's name (contracts §2). */
  name: string;
  /** Where to look, in one sentence: what to see on a mesh, and what a hand would feel on a person. */
  how: string;
  /** The view the landmark is easiest to click in. */
  view: 'front' | 'back' | 'left' | 'right';
}

/** A side view seen on the other side: the right tragus is clicked in a view from the right. */
const MIRRORED: Record<KeyLandmark['view'], KeyLandmark['view']> = {
  front: 'front',
  back: 'back',
  left: 'right',
  right: 'left',
};

/** A landmark of both sides; `view` is the left one's. */
const both = (name: string, how: string, view: KeyLandmark['view']): KeyLandmark[] => [
  { name: `${name}.L`, how: `Subject's left: ${how}`, view },
  { name: `${name}.R`, how: `Subject's right: ${how}`, view: MIRRORED[view] },
];

/**
 * The key landmarks of a calibration (27): the ends of the proportional B-cun segments that a user can find on a
 * mesh without help, spread over the whole body so that a smooth warp of the shipped body fits everywhere. The armpits are among
 * them because the arm's pose differs most between bodies and they part the arm from the chest.
 */
export const KEY_LANDMARKS: KeyLandmark[] = [
  { name: 'vertex', how: 'The highest point of the head with the head held level.', view: 'left' },
  {
    name: 'glabella',
    how: 'The smooth spot between the eyebrows, the most forward point of the brow.',
    view: 'front',
  },
  {
    name: 'chin',
    how: 'The lowest point of the chin on the midline (the bony tip of the jaw).',
    view: 'front',
  },
  ...both('tragus', 'the small flap of cartilage in front of the ear hole.', 'left'),
  {
    name: 'suprasternal_notch',
    how: 'The dip at the top of the breastbone between the inner ends of the collarbones.',
    view: 'front',
  },
  {
    name: 'spinous.C7',
    how: 'The most prominent bump at the base of the back of the neck (it stays put when the head turns).',
    view: 'back',
  },
  { name: 'umbilicus', how: 'The centre of the navel.', view: 'front' },
  {
    name: 'pubic_symphysis',
    how: 'The top of the pubic bone on the midline, at the lower end of the abdomen.',
    view: 'front',
  },
  ...both('acromion', 'the bony tip at the outer end of the shoulder, where the collarbone ends.', 'front'),
  ...both('axilla_apex', 'the top of the armpit hollow, where the inner arm meets the chest wall.', 'front'),
  ...both('cubital_crease', 'the middle of the crease on the front of the elbow.', 'front'),
  ...both(
    'wrist_crease_palmar',
    'the middle of the wrist crease on the palm side, nearest the hand.',
    'front',
  ),
  ...both('middle_tip', 'the tip of the middle finger.', 'front'),
  ...both('patella_apex', 'the lower pointed end of the kneecap.', 'front'),
  ...both('medial_malleolus', 'the most prominent point of the inner ankle bone.', 'front'),
  ...both('heel', 'the back of the heel, level with the top of the sole.', 'back'),
  ...both('great_toe_tip', 'the tip of the big toe.', 'front'),
];

/** The names of the key landmarks. */
export const KEY_LANDMARK_NAMES = KEY_LANDMARKS.map((k) => k.name);
