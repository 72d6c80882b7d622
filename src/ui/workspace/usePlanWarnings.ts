import { useMemo } from 'react';
import { itemInfo } from '../../core/planItemInfo';
import { computeWarnings, type SafetyWarning } from '../../core/safety';
import { safetyRules } from '../../data/safety';
import { emptyFlags } from '../../schema/records/clientFlags';
import { useItemLookups } from './useItemLookups';
import { selectOpenClient, type PlanRecord, useWorkspace } from '../../state/workspace/workspaceStore';

/** The computed safety warnings of a plan for the open client (acknowledged ones included, marked). */
export function usePlanWarnings(plan: PlanRecord | undefined): SafetyWarning[] {
  const client = useWorkspace(selectOpenClient);
  const lookups = useItemLookups();
  return useMemo(
    () =>
      plan
        ? computeWarnings(
            safetyRules,
            client?.flags ?? emptyFlags(),
            plan.items,
            (item) => itemInfo(item, lookups).cautions,
            plan.acknowledgements,
          )
        : [],
    [plan, client, lookups],
  );
}
