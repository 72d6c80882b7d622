import type { Evidence } from '../schema/common';

/** What each evidence value means, in a few words (contracts §4). */
export const EVIDENCE_TEXT: Record<Evidence, string> = {
  standard: 'Location agreed by a standards body (WHO 2008, GB/T).',
  'systematic-review': 'Supported by a systematic review.',
  trial: 'Supported by a clinical trial.',
  'case-series': 'Supported by a case series.',
  anatomy: 'An anatomical fact; no therapeutic claim.',
  'practitioner-claim': 'Stated only by a clinic or practitioner page: not established.',
  schematic: 'Our own placement where the sources give no exact site.',
};

/** A coloured badge for an evidence value, with its meaning as text (not colour alone). */
export function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  return (
    <span className={`evidence evidence--${evidence}`} title={EVIDENCE_TEXT[evidence]}>
      Evidence: {evidence.replaceAll('-', ' ')}
    </span>
  );
}
