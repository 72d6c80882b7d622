import type { Evidence, SourceRef } from '../schema/common';
import type { PlanItem } from '../schema/records/planItem';
import type { VisitFields } from '../schema/records/visit';
import type { SafetyWarning } from './safety';
import { byDate } from './visits';

/** What the atlas knows of an item, for the print: names, location in words, its own sources. */
export interface ItemFacts {
  names: string;
  location: string;
  sources: SourceRef[];
}

const SIDE_TEXT = { L: 'left', R: 'right', both: 'both sides', M: 'midline' } as const;
const TECHNIQUE_TEXT: Record<PlanItem['technique'], string> = {
  needle: 'needle',
  acupressure: 'acupressure',
  moxibustion: 'moxibustion',
  'electro-stimulation': 'electro-stimulation',
  laser: 'laser',
  'nrt-implant': 'NRT implant',
  'perineural-injection': 'perineural injection',
};
const EVIDENCE_TEXT: Record<Evidence, string> = {
  standard: 'standard',
  'systematic-review': 'systematic review',
  trial: 'trial',
  'case-series': 'case series',
  anatomy: 'anatomy',
  'practitioner-claim': 'practitioner’s claim',
  schematic: 'schematic placement',
};

export interface PrintRow {
  n: number;
  itemId: string;
  code: string;
  names: string;
  side: string;
  technique: string;
  location: string;
  /** Citation numbers of the item's own sources. */
  cites: number[];
}
export interface PrintWarning {
  title: string;
  why: string;
  details: string[];
  severity: SafetyWarning['severity'];
  evidence: string;
  /** The codes of the items it concerns. */
  items: string[];
  cites: number[];
  acknowledged?: string;
}
export interface Citation {
  n: number;
  title: string;
  locators: string[];
}
export interface PlanPrintModel {
  heading: string;
  clientLabel: string;
  date: string;
  rows: PrintRow[];
  warnings: PrintWarning[];
  citations: Citation[];
}

/** Numbers sources in order of first citation; one number per source, its locators gathered. */
function citationIndex(titleOf: (id: string) => string) {
  const byId = new Map<string, Citation>();
  const cite = (refs: SourceRef[]): number[] => {
    const ns = new Set<number>();
    for (const r of refs) {
      let c = byId.get(r.id);
      if (!c) byId.set(r.id, (c = { n: byId.size + 1, title: titleOf(r.id), locators: [] }));
      if (!c.locators.includes(r.locator)) c.locators.push(r.locator);
      ns.add(c.n);
    }
    return [...ns].sort((a, b) => a - b);
  };
  return { cite, list: () => [...byId.values()] };
}

/**
 * The printed plan: one row per item in plan order (names and location in words from the atlas), every safety
 * warning with why, evidence, acknowledgement and numbered sources, and the numbered citations they point at.
 */
export function planPrintModel(input: {
  clientLabel: string;
  title: string;
  date: string;
  items: PlanItem[];
  warnings: SafetyWarning[];
  factsOf: (item: PlanItem) => ItemFacts;
  titleOf: (sourceId: string) => string;
}): PlanPrintModel {
  const { cite, list } = citationIndex(input.titleOf);
  const codeOf = new Map(input.items.map((i) => [i.id, i.code]));
  const rows = input.items.map((item, i): PrintRow => {
    const facts = input.factsOf(item);
    const technique =
      TECHNIQUE_TEXT[item.technique] +
      (item.injectate ? ` (${item.injectate})` : '') +
      (item.depthMm !== undefined ? `, ${item.depthMm} mm` : '') +
      (item.durationMin !== undefined ? `, ${item.durationMin} min` : '');
    return {
      n: i + 1,
      itemId: item.id,
      code: item.code + (item.siteKey ? `:${item.siteKey}` : ''),
      names: facts.names,
      side: SIDE_TEXT[item.side],
      technique,
      location: facts.location,
      cites: cite(facts.sources),
    };
  });
  const warnings = input.warnings.map((w): PrintWarning => ({
    title: w.title,
    why: w.why,
    details: w.details,
    severity: w.severity,
    evidence: EVIDENCE_TEXT[w.evidence],
    items: w.itemIds.map((id) => codeOf.get(id) ?? id),
    cites: cite(w.sources),
    ...(w.acknowledgement
      ? { acknowledged: `${w.acknowledgement.reason} (${w.acknowledgement.at.slice(0, 10)})` }
      : {}),
  }));
  return {
    heading: input.title,
    clientLabel: input.clientLabel,
    date: input.date,
    rows,
    warnings,
    citations: list(),
  };
}

/** The figures of a progress report: how many visits, first and last date, pain then and now. */
export interface ProgressSummary {
  visits: number;
  first?: string;
  last?: string;
  /** NRS before treatment at the first and at the last visit that rated it. */
  painFirst?: number;
  painLast?: number;
}

export function progressSummary(visits: readonly Pick<VisitFields, 'date' | 'nrsBefore'>[]): ProgressSummary {
  const sorted = byDate(visits);
  const rated = sorted.filter((v) => v.nrsBefore !== undefined);
  return {
    visits: sorted.length,
    ...(sorted.length ? { first: sorted[0]!.date, last: sorted.at(-1)!.date } : {}),
    ...(rated.length ? { painFirst: rated[0]!.nrsBefore, painLast: rated.at(-1)!.nrsBefore } : {}),
  };
}
