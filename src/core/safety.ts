import type { Evidence, SourceRef } from '../schema/common';
import type { Caution } from '../schema/point';
import type { ClientFlags } from '../schema/records/client';
import type { Acknowledgement, PlanItem } from '../schema/records/planItem';
import type { SafetyRule, SafetyRulesFile } from '../schema/safetyRule';

/** A caution an item carries in the data (a point's `cautions`, a nerve site's `caution`). */
export type ItemCaution = Pick<Caution, 'kind' | 'text' | 'sources'>;

/** A computed safety warning: which rule, which items, why, with evidence and sources; acknowledged or not. */
export interface SafetyWarning {
  /** Stable id an acknowledgement points at: `<rule>:<item id>` or `<rule>:plan`. */
  id: string;
  ruleId: string;
  severity: SafetyRule['severity'];
  title: string;
  why: string;
  /** The items' own caution texts that made the rule fire (empty for flag-only rules). */
  details: string[];
  itemIds: string[];
  evidence: Evidence;
  sources: SourceRef[];
  acknowledgement?: Acknowledgement;
}

const flagSet = (flags: ClientFlags, names: SafetyRule['flags']): boolean =>
  names === undefined ||
  names.some((f) => {
    const v = flags[f];
    return typeof v === 'string' ? v.trim().length > 0 : v === true;
  });

const uniqueRefs = (refs: SourceRef[]): SourceRef[] => {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = `${r.id}\u0000${r.locator}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** The item's cautions a rule looks at: all of them, or those of the rule's kinds (none found = no match). */
function matchingCautions(rule: SafetyRule, cautions: ItemCaution[]): ItemCaution[] | null {
  if (!rule.cautionKinds) return [];
  const hit = cautions.filter((c) => rule.cautionKinds!.includes(c.kind));
  return hit.length > 0 ? hit : null;
}

const itemFits = (rule: SafetyRule, item: PlanItem): boolean =>
  (!rule.techniques || rule.techniques.includes(item.technique)) &&
  (!rule.layers || rule.layers.includes(item.layer));

/**
 * The safety warnings of a plan for a client, computed from the rules, the client's flags and each item's own
 * cautions; never typed in. Acknowledgements are attached by warning id — an acknowledged warning is still returned.
 */
export function computeWarnings(
  rules: SafetyRulesFile,
  flags: ClientFlags,
  items: PlanItem[],
  cautionsOf: (item: PlanItem) => ItemCaution[],
  acknowledgements: Acknowledgement[] = [],
): SafetyWarning[] {
  const acks = new Map(acknowledgements.map((a) => [a.checkId, a]));
  const out: SafetyWarning[] = [];
  for (const rule of rules.rules) {
    if (!flagSet(flags, rule.flags)) continue;
    const hits: { item: PlanItem; cautions: ItemCaution[] }[] = [];
    for (const item of items) {
      if (!itemFits(rule, item)) continue;
      const cautions = matchingCautions(rule, cautionsOf(item));
      if (cautions) hits.push({ item, cautions });
    }
    if (hits.length === 0) continue;
    const groups = rule.scope === 'plan' ? [hits] : hits.map((h) => [h]);
    for (const group of groups) {
      const id = `${rule.id}:${rule.scope === 'plan' ? 'plan' : group[0]!.item.id}`;
      const cautions = group.flatMap((g) => g.cautions);
      out.push({
        id,
        ruleId: rule.id,
        severity: rule.severity,
        title: rule.title,
        why: rule.why,
        details: [...new Set(cautions.map((c) => c.text))],
        itemIds: group.map((g) => g.item.id),
        evidence: rule.evidence,
        sources: uniqueRefs([...rule.sources, ...cautions.flatMap((c) => c.sources ?? [])]),
        ...(acks.has(id) ? { acknowledgement: acks.get(id)! } : {}),
      });
    }
  }
  return out;
}

/** Warnings not yet acknowledged (what still needs the practitioner's attention). */
export const openWarnings = (warnings: SafetyWarning[]): SafetyWarning[] =>
  warnings.filter((w) => !w.acknowledgement);

/** A nerve site's free-text caution as an item caution: a vessel named in it makes it a vessel caution. */
export function nerveSiteCaution(text: string | undefined, sources: SourceRef[]): ItemCaution[] {
  if (!text) return [];
  const kind = /arter|vein|vessel/i.test(text) ? 'major-vessel' : 'other';
  return [{ kind, text, sources }];
}
