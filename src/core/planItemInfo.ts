import type { Evidence, SourceRef } from '../schema/common';
import type { AuricularPoint } from '../schema/auricularPoint';
import type { NerveSite } from '../schema/nerveSite';
import type { NrtBackZone, NrtEarZone } from '../schema/nrtZone';
import type { PointRecord } from '../schema/point';
import type { PlanItem } from '../schema/records/planItem';
import { nerveSiteCaution, type ItemCaution } from './safety';

/** The atlas records a plan item can name; nerve sites load late (null until then). */
export interface ItemLookups {
  points: readonly PointRecord[];
  earPoints: readonly AuricularPoint[];
  nrtBack: readonly NrtBackZone[];
  nrtEar: readonly NrtEarZone[];
  nerveSites: readonly NerveSite[] | null;
}

/** What a plan item is, in words: names, where it is, its own cautions, evidence and sources. */
export interface ItemInfo {
  /** The item's name(s) after its code: `Shènshū · Kidney Shu`, `Sciatic nerve below the buttock`. */
  names: string;
  /** Where it is, in words (empty while a late layer is loading). */
  location: string;
  cautions: ItemCaution[];
  evidence?: Evidence;
  sources: SourceRef[];
  /** False when the code names nothing in the atlas (a plan from a newer or older atlas). */
  known: boolean;
}

const unknown = (names = ''): ItemInfo => ({ names, location: '', cautions: [], sources: [], known: false });

/** The atlas's record of a plan item, in words, with its cautions (what `computeWarnings` reads). */
export function itemInfo(item: PlanItem, l: ItemLookups): ItemInfo {
  switch (item.layer) {
    case 'channel-point':
    case 'extra-point': {
      const p = l.points.find((r) => r.code === item.code);
      if (!p) return unknown();
      return {
        names: `${p.pinyin} · ${p.english}${item.siteKey ? ` (${item.siteKey})` : ''}`,
        location: p.location,
        cautions: p.cautions,
        evidence: p.evidence,
        sources: p.sources,
        known: true,
      };
    }
    case 'ear-point': {
      const p = l.earPoints.find((r) => r.code === item.code);
      if (!p) return unknown();
      return {
        names: p.name,
        location: p.location,
        cautions: [],
        evidence: p.evidence,
        sources: p.sources,
        known: true,
      };
    }
    case 'nrt-zone': {
      const z = l.nrtBack.find((r) => r.code === item.code) ?? l.nrtEar.find((r) => r.code === item.code);
      if (!z) return unknown();
      return {
        names: z.name,
        location: z.description,
        cautions: [],
        evidence: z.evidence,
        sources: z.sources,
        known: true,
      };
    }
    case 'nerve-site': {
      if (!l.nerveSites) return { ...unknown('(loading…)'), known: true };
      const s = l.nerveSites.find((r) => r.code === item.code);
      if (!s) return unknown();
      return {
        names: s.name,
        location: s.exit,
        cautions: nerveSiteCaution(s.caution, s.sources),
        evidence: s.evidence,
        sources: s.sources,
        known: true,
      };
    }
  }
}

const SIDE_WORDS = { L: 'left', R: 'right', both: 'both sides', M: 'midline' } as const;
const EAR_WORDS = { L: 'left ear', R: 'right ear', both: 'both ears', M: 'midline' } as const;

/** The side of an item in words (`both sides`, `left ear`). */
export const sideWords = (item: Pick<PlanItem, 'layer' | 'side' | 'code'>): string =>
  (item.layer === 'ear-point' || item.code.startsWith('NRT-EAR') ? EAR_WORDS : SIDE_WORDS)[item.side];
