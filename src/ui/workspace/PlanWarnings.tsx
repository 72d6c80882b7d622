import type { SafetyWarning } from '../../core/safety';
import { openWarnings } from '../../core/safety';
import type { PlanRecord } from '../../state/workspace';
import { SafetyRuleGroup } from './SafetyRuleGroup';

/** The warnings grouped by rule, in rule order, groups with open warnings first. */
function byRule(warnings: SafetyWarning[]): SafetyWarning[][] {
  const groups = new Map<string, SafetyWarning[]>();
  for (const w of warnings) groups.set(w.ruleId, [...(groups.get(w.ruleId) ?? []), w]);
  const all = [...groups.values()];
  const open = (g: SafetyWarning[]) => g.some((w) => !w.acknowledgement);
  return [...all.filter(open), ...all.filter((g) => !open(g))];
}

/**
 * The plan's computed safety checks, one group per rule (why, evidence and sources once) listing the items it
 * concerns; acknowledged warnings stay listed with their reason.
 */
export function PlanWarnings({ plan, warnings }: { plan: PlanRecord; warnings: SafetyWarning[] }) {
  const open = openWarnings(warnings);
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
      {byRule(warnings).map((g) => (
        <SafetyRuleGroup
          key={g[0]!.ruleId}
          warnings={g}
          codesOf={(w) => w.itemIds.map((id) => codes.get(id) ?? '?')}
        />
      ))}
    </section>
  );
}
