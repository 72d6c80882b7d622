import { useMemo } from 'react';
import type { Vec3 } from '../core/vec';
import { siteIdsOf } from '../core/planItems';
import { findPoint } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { selectOpenPlan, useWorkspace } from '../state/workspace';
import { useSceneStore } from './sceneStore';
import { nrtZoneSpots } from './nrtZoneSpots';

/** One drawn site of the open plan: the item's order (1-based), its site id, where it is on the body. */
export interface PlanSite {
  order: number;
  id: string;
  code: string;
  position: Vec3;
}

/**
 * The open plan's sites, both sides of bilateral items, found among the markers of every points layer (on or off) and
 * the NRT zones' anchors; empty while the workspace is closed or no plan is open. Items the body lacks are skipped.
 */
export function usePlanSites(): PlanSite[] {
  const plan = useWorkspace((s) => (s.open ? selectOpenPlan(s) : undefined));
  const layers = useAtlasStore((s) => s.layers);
  const model = useSceneStore((s) => s.model);
  const hasNrt = plan?.items.some((i) => i.layer === 'nrt-zone') ?? false;
  const anchors = useMemo(
    () => (hasNrt ? nrtZoneSpots(layers, model) : new Map<string, Vec3>()),
    [hasNrt, layers, model],
  );
  return useMemo(() => {
    if (!plan) return [];
    return plan.items.flatMap((item, i) =>
      siteIdsOf(item).flatMap((id) => {
        const back = item.layer === 'nrt-zone' && !item.code.startsWith('NRT-EAR');
        const position = findPoint(layers, id)?.position ?? anchors.get(back ? item.code : id);
        return position ? [{ order: i + 1, id, code: item.code, position }] : [];
      }),
    );
  }, [plan, layers, anchors]);
}
