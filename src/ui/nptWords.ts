import type { Evidence } from '../schema/common';
import { NPT_STATUS_LABELS, type NptStatus } from '../schema/nptStatus';

/**
 * The words of an evidence value on the NPT panels (contracts §4): a clinic's claim says it is one, anatomy makes no
 * therapeutic claim, a published study is named by its kind. The value itself stays visible in brackets.
 */
export function nptEvidenceWords(evidence: Evidence): string {
  switch (evidence) {
    case 'practitioner-claim':
      return "Clinic's claim (practitioner-claim): not shown by a study";
    case 'anatomy':
      return 'Anatomical fact (anatomy): no claim that injecting here helps';
    case 'trial':
      return 'Published: clinical trial (trial)';
    case 'case-series':
      return 'Published: case series (case-series)';
    case 'systematic-review':
      return 'Published: systematic review (systematic-review)';
    case 'standard':
      return 'Standard (standard)';
    case 'schematic':
      return 'Schematic (schematic): our own placement';
  }
}

/** The status wording of a nerve site, capitalised for a label. */
export const nptStatusWords = (status: NptStatus): string => {
  const label = NPT_STATUS_LABELS[status];
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** What each status means, for the label's title. */
export const NPT_STATUS_MEANING: Record<NptStatus, string> = {
  'documented-for-pit': 'Perineural dextrose injection at this nerve is reported in a published study.',
  'nerve-block-only':
    'This nerve is blocked with local anaesthetic at this place in the literature; no study of perineural dextrose here.',
  'anatomy-only': 'An anatomical fact about where the nerve surfaces; no study of injecting here.',
};
