/** The sexes the ANSUR II tables describe. */
export type Sex = 'female' | 'male';

/** Heights and lengths as fractions of stature, girths in metres (reference-facts §6, ANSUR II). */
export interface AnsurTargets {
  heights: {
    suprasternale: number;
    acromial: number;
    cervicale: number;
    iliocristale: number;
    omphalion: number;
    trochanterion: number;
    crotch: number;
    kneeMidPatella: number;
    tibiale: number;
    lateralMalleolus: number;
  };
  lengths: { upperArm: number; forearm: number; hand: number; foot: number };
  span: number;
  biacromial: { ratio: number; sd: number };
  /** Mean and SD in metres. */
  girths: Record<GirthName, { mean: number; sd: number }>;
}

export type GirthName =
  'chest' | 'waist' | 'buttock' | 'thigh' | 'calf' | 'wrist' | 'neck' | 'ankle' | 'head';

const g = (mean: number, sd: number) => ({ mean: mean / 1000, sd: sd / 1000 });

/** ANSUR II targets per sex (reference-facts §6). */
export const ANSUR: Record<Sex, AnsurTargets> = {
  female: {
    heights: {
      suprasternale: 0.816,
      acromial: 0.82,
      cervicale: 0.857,
      iliocristale: 0.611,
      omphalion: 0.602,
      trochanterion: 0.519,
      crotch: 0.48,
      kneeMidPatella: 0.276,
      tibiale: 0.269,
      lateralMalleolus: 0.039,
    },
    lengths: { upperArm: 0.191, forearm: 0.148, hand: 0.111, foot: 0.151 },
    span: 1.02,
    biacromial: { ratio: 0.224, sd: 0.0183 },
    girths: {
      chest: g(946.9, 82.7),
      waist: g(860.9, 99.9),
      buttock: g(1021.2, 75.9),
      thigh: g(616.1, 55.8),
      calf: g(373.3, 28.5),
      wrist: g(154.8, 7.8),
      neck: g(329.8, 19.2),
      ankle: g(215.7, 14.9),
      head: g(561.1, 19.4),
    },
  },
  male: {
    heights: {
      suprasternale: 0.819,
      acromial: 0.819,
      cervicale: 0.863,
      iliocristale: 0.604,
      omphalion: 0.6,
      trochanterion: 0.521,
      crotch: 0.484,
      kneeMidPatella: 0.279,
      tibiale: 0.269,
      lateralMalleolus: 0.042,
    },
    lengths: { upperArm: 0.192, forearm: 0.152, hand: 0.11, foot: 0.154 },
    span: 1.035,
    biacromial: { ratio: 0.236, sd: 0.0195 },
    girths: {
      chest: g(1074.4, 84.5),
      waist: g(958.1, 96.3),
      buttock: g(1030.7, 69.0),
      thigh: g(634.7, 54.7),
      calf: g(399.8, 29.3),
      wrist: g(177.2, 8.6),
      neck: g(401.4, 27.3),
      ankle: g(232.6, 13.1),
      head: g(576.2, 16.6),
    },
  },
};
