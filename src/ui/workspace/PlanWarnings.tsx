import type { SafetyWarning } from '../../core/safety';
import { openWarnings } from '../../core/safety';
import type { PlanRecord } from '../../state/workspace';
import { SafetyWarningCard } from './SafetyWarningCard';

/** The plan's computed safety warnings, open ones first; acknowledged ones stay listed with their reason. */
export function PlanWarnings({ plan, warnings }: { plan: PlanRecord; warnings: SafetyWarning[] }) {
  const open = openWarnings(warnings);
  const sorted = [...open, ...warnings.filter((w) => w.acknowledgement)];
  const codes = new Map(plan.items.map((i) => [i.id, i.code]));
  return (
    <section className="plan-warnings" aria-labelledby="warnings-title" data-testid="plan-warnings">
      <h3 id="warnings-title">
        Safety checks{' '}
        <span className="muted small">
          {warnings.length === 0
            ? '— none for this client and these items'
            : `— ${open.length} open, ${warnings.length - open.length} acknowledged`}
        </span>
      </h3>
      <p className="muted small">
        Computed from the client&apos;s flags and each item&apos;s own cautions; they cannot be deleted, only
        acknowledged with a reason.
      </p>
      {sorted.map((w) => (
        <SafetyWarningCard key={w.id} warning={w} codes={w.itemIds.map((id) => codes.get(id) ?? '?')} />
      ))}
    </section>
  );
}
