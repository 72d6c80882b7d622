import type { SourceRef } from '../../schema/common';
import type { SafetyWarning } from '../../core/safety';
import { EvidenceBadge } from '../EvidenceBadge';
import { SourceRefList } from '../SourceRefList';
import { SafetyWarningEntry } from './SafetyWarningEntry';

const uniqueRefs = (refs: SourceRef[]) =>
  refs.filter((r, i) => refs.findIndex((q) => q.id === r.id && q.locator === r.locator) === i);

/** One safety rule that fired: what and why, its evidence and sources, then each warning (items, acknowledgement). */
export function SafetyRuleGroup({
  warnings,
  codesOf,
}: {
  warnings: SafetyWarning[];
  codesOf: (w: SafetyWarning) => string[];
}) {
  const first = warnings[0]!;
  const kind = first.severity === 'contraindication' ? 'Contraindication' : 'Caution';
  const open = warnings.filter((w) => !w.acknowledgement).length;
  return (
    <article
      className={`safety-warning safety-warning--${first.severity}${open === 0 ? ' safety-warning--acknowledged' : ''}`}
      aria-label={`${kind}: ${first.title}`}
      data-testid="safety-rule"
      data-rule={first.ruleId}
    >
      <h4>
        <span aria-hidden="true">⚠ </span>
        {kind}: {first.title}
      </h4>
      <p>{first.why}</p>
      <ul className="warning-entries">
        {warnings.map((w) => (
          <SafetyWarningEntry key={w.id} warning={w} codes={codesOf(w)} />
        ))}
      </ul>
      <p>
        <EvidenceBadge evidence={first.evidence} />
      </p>
      <SourceRefList refs={uniqueRefs(warnings.flatMap((w) => w.sources))} />
    </article>
  );
}
