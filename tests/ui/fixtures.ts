import { acupunctureLayers, layerInfoOf } from '../../src/state/acupunctureLayers';
import type { Derivation, ResolvedSite } from '../../src/core/sites';
import type { Vec3 } from '../../src/core/vec';
import type { AtlasData, ResolvedAtlas } from '../../src/state/atlasTypes';
import { initialAtlasState, type AtlasState } from '../../src/state/store';

/** A tiny atlas: two channel points, one with a caution, one controversial; two sources (one a seed). */
export const tinyData: AtlasData = {
  sources: [
    {
      id: 'who-2008',
      title: 'WHO Standard Acupuncture Point Locations in the Western Pacific Region',
      kind: 'standard',
      year: 2008,
      isbn: '978 92 9061 248 7',
      summary: 'The international standard for the 361 points.',
    },
    {
      id: 'clinic-acu-harley',
      title: 'Acupuncture for back pain',
      kind: 'clinic-page',
      seed: '003_e538b7cfc5a0ba56.txt',
      summary: 'A clinic page on acupuncture for back pain.',
      headings: [{ heading: 'Meridians', summary: 'Twelve main channels and 365 classical points.' }],
    },
  ],
  channels: [
    {
      code: 'LI',
      english: 'Large Intestine',
      pinyin: 'Shǒu Yángmíng Dàchángjīng',
      hanzi: '手陽明大腸經',
      organ: 'large intestine',
      phase: 'metal',
      limb: 'hand',
      polarity: 'yang',
      pairedWith: 'LU',
      pointCount: 2,
      colour: '#0a7f7f',
      summary: 'The large intestine channel.',
      sources: [{ id: 'who-2008', locator: 'LI channel' }],
    },
  ],
  points: [
    {
      code: 'LI4',
      channel: 'LI',
      pinyin: 'Hégǔ',
      pinyinPlain: 'Hegu',
      hanzi: '合谷',
      english: 'Union Valley',
      region: 'hand',
      laterality: 'bilateral',
      location: 'On the dorsum of the hand, beside the second metacarpal.',
      recipe: { start: 'knuckle_2', steps: [], surface: 'body' },
      categories: [{ kind: 'yuan-source', of: 'large intestine' }],
      cautions: [{ kind: 'pregnancy', text: 'Traditionally avoided in pregnancy.' }],
      sources: [
        { id: 'who-2008', locator: 'LI4, upper limb' },
        { id: 'clinic-acu-harley', locator: 'Meridians' },
      ],
      evidence: 'standard',
    },
    {
      code: 'LI20',
      channel: 'LI',
      pinyin: 'Yíngxiāng',
      pinyinPlain: 'Yingxiang',
      hanzi: '迎香',
      english: 'Welcome Fragrance',
      region: 'face',
      laterality: 'bilateral',
      location: 'In the nasolabial sulcus, level with the midpoint of the ala.',
      recipe: { start: 'nose_ala', steps: [], surface: 'body' },
      alternative: {
        location: 'In the nasolabial sulcus, level with the lower border of the ala.',
        recipe: { start: 'nose_ala', steps: [], surface: 'body' },
        note: 'One of the six controversial points of WHO 2008.',
      },
      categories: [],
      cautions: [],
      sources: [{ id: 'who-2008', locator: 'LI20, head' }],
      evidence: 'standard',
    },
  ],
};

/** A store state with the tiny atlas loaded and resolved as given, its layers built. */
export const tinyAtlasState = (resolved: ResolvedAtlas): AtlasState => ({
  ...initialAtlasState(),
  data: tinyData,
  resolved,
  layers: acupunctureLayers(layerInfoOf(tinyData), resolved),
  atlasStatus: 'ready',
});

/** A channel point's site on the body at `position`, as the WHO standard places it. */
export const tinySite = (
  code: string,
  side: 'L' | 'R',
  position: Vec3,
  derivation: Derivation,
): ResolvedSite => ({
  id: `${code}.${side}`,
  code,
  side,
  layer: 'meridian',
  surface: 'body',
  sources: ['who-2008'],
  position,
  normal: [0, 0, 1],
  derivation,
});
