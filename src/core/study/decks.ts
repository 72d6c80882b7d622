import type { PointRecord, Region } from '../../schema/point';
import { layerOf } from '../atlas';
import type { QuizItem } from './nameChoices';

/** A quiz item of a point record, with the layer it is drawn in. */
export interface StudyItem extends QuizItem {
  pinyin: string;
  english: string;
  layer: string;
  /** The body region whose segment measures a site that measured nothing itself; `region` when absent. */
  measureRegion?: Region;
}

/** The body region nearest each diagram of the NPT layer, for the B-cun of a nerve site found without measuring. */
const NPT_MEASURE: Record<string, Region> = {
  'neck-shoulder': 'neck',
  face: 'face',
  'arm-hand': 'forearm',
  'leg-foot': 'knee-leg',
  knee: 'knee-leg',
  'hamstring-heel': 'hip-thigh',
  'hip-lowback': 'lower-back',
};

/**
 * A deck: a named set of item codes. `id` is `<kind>:<value>` ("channel:ST", "region:knee-leg", "layer:extra",
 * "tour:<tour id>", "plan:<plan id>", "mixed:all").
 */
export interface Deck {
  id: string;
  kind: 'channel' | 'region' | 'layer' | 'tour' | 'plan' | 'mixed';
  title: string;
  codes: string[];
}

/** The point code of a site id of contracts §3 (`EX-B2:T1.L` → `EX-B2`, `ST36.R` → `ST36`). */
export const codeOfSiteId = (id: string): string => id.replace(/\.[LR]$/, '').replace(/:.*$/, '');

/**
 * A deck of the points a set of site ids names (a tour's highlights, a plan's items), each once, in their order;
 * sites that are no quiz item (a nerve site, an ear point) are left out. Undefined when none is left.
 */
export function deckOfSites(
  kind: 'tour' | 'plan',
  id: string,
  title: string,
  siteIds: readonly string[],
  items: readonly StudyItem[],
): Deck | undefined {
  const known = new Set(items.map((i) => i.code));
  const codes = [...new Set(siteIds.map(codeOfSiteId))].filter((c) => known.has(c));
  return codes.length > 0 ? { id: `${kind}:${id}`, kind, title, codes } : undefined;
}

/** The place of a point along its channel, read from its code ("ST36" → 36). */
const orderOf = (code: string): number | undefined => {
  const m = /(\d+)$/.exec(code);
  return m ? Number(m[1]) : undefined;
};

/** The quizzable items of the point records: every point drawn on the skin. */
export function quizItems(points: readonly PointRecord[]): StudyItem[] {
  return points
    .filter((p) => p.notDrawn === undefined)
    .map((p) => ({
      code: p.code,
      name: `${p.pinyin} · ${p.english}`,
      pinyin: p.pinyin,
      english: p.english,
      region: p.region,
      channel: p.channel,
      order: p.channel ? orderOf(p.code) : undefined,
      layer: layerOf(p),
    }));
}

/** What a nerve exit site brings to the quiz (a resolved site of the NPT layer). */
export interface NerveSiteItem {
  code: string;
  name: string;
  nerve: string;
  region: string;
}

/**
 * The quiz items of the nerve exit sites, one per code. Their regions are the NPT layer's own diagrams
 * (`nerve sites: knee`), kept apart from the channel points' regions, so a name question about a nerve site offers
 * nerve sites of the same diagram.
 */
export function nerveItems(sites: readonly NerveSiteItem[]): StudyItem[] {
  const seen = new Set<string>();
  return sites
    .filter((s) => !seen.has(s.code) && seen.add(s.code))
    .map((s) => ({
      code: s.code,
      name: `${s.name} (${s.nerve})`,
      pinyin: s.name,
      english: s.name,
      region: `nerve sites: ${s.region}`,
      layer: 'npt',
      ...(NPT_MEASURE[s.region] ? { measureRegion: NPT_MEASURE[s.region] } : {}),
    }));
}

function groupBy(
  items: readonly StudyItem[],
  key: (i: StudyItem) => string | undefined,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of items) {
    const k = key(i);
    if (k === undefined) continue;
    out.set(k, [...(out.get(k) ?? []), i.code]);
  }
  return out;
}

/** What a layer deck is called. */
const LAYER_TITLES: Record<string, string> = {
  meridian: 'channel points',
  extra: 'extra points',
  npt: 'nerve exit sites',
  'dermatome-key': 'ISNCSCI key points',
  dermatomes: 'dermatomes (levels)',
};

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => b[i] === c);

/**
 * The decks of the items: one per channel, per region and per layer, in the order they first appear (a region deck
 * that holds exactly a layer's items, as the key points' does, is left to the layer deck).
 */
export function buildDecks(items: readonly StudyItem[], channelNames: Record<string, string> = {}): Deck[] {
  const channels: Deck[] = [];
  for (const [c, codes] of groupBy(items, (i) => i.channel))
    channels.push({ id: `channel:${c}`, kind: 'channel', title: channelNames[c] ?? c, codes });
  const layers: Deck[] = [];
  for (const [l, codes] of groupBy(items, (i) => i.layer))
    layers.push({ id: `layer:${l}`, kind: 'layer', title: LAYER_TITLES[l] ?? l, codes });
  const regions: Deck[] = [];
  for (const [r, codes] of groupBy(items, (i) => i.region))
    if (!layers.some((d) => sameCodes(d.codes, codes)))
      regions.push({ id: `region:${r}`, kind: 'region', title: r.replace(/-/g, ' '), codes });
  const mixed: Deck = {
    id: 'mixed:all',
    kind: 'mixed',
    title: 'everything, due first',
    codes: items.map((i) => i.code),
  };
  return [...channels, ...regions, ...layers, mixed];
}

/**
 * The codes of a deck a quiz can ask: the level quiz only the dermatome levels, the locate and name quizzes every
 * item with a site (never a level); the order quiz takes them all (it keeps the channel points itself).
 */
export function askableCodes(
  quiz: 'locate' | 'name' | 'order' | 'level',
  codes: readonly string[],
  items: readonly StudyItem[],
): string[] {
  if (quiz === 'order') return [...codes];
  const levels = new Set(items.filter((i) => i.layer === 'dermatomes').map((i) => i.code));
  return codes.filter((c) => (quiz === 'level') === levels.has(c));
}
