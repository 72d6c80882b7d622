import { neuroData } from 'virtual:validated/neuro';
import { layerOfCode, newPlanItem } from '../../core/planItems';
import type { ItemLayer, ItemSide, PlanItem } from '../../schema/records/planItem';
import { SIDES_BY_LAYER } from '../../schema/records/planItem';
import type { Selection } from '../atlasTypes';
import { neuroItemOf } from '../neuroItems';
import { pointRecord } from '../selectors';
import { useAtlasStore } from '../store';
import { addPlanItem } from './planActions';
import { selectOpenPlan, useWorkspace } from './workspaceStore';

const earCodes = new Set(neuroData.auricular.points.map((p) => p.code));

/** The plan layer of a selected item, or null for what cannot go in a plan (a dermatome key point). */
export function planLayerOf(code: string): ItemLayer | null {
  if (neuroItemOf(code)?.kind === 'key-point') return null;
  const layer = layerOfCode(code, earCodes);
  const data = useAtlasStore.getState().data;
  if ((layer === 'channel-point' || layer === 'extra-point') && data && !pointRecord(data, code)) return null;
  if (layer === 'nrt-zone' && !neuroItemOf(code)) return null;
  return layer;
}

/** Whether a point (or one site of a multi-site point) has a left and a right site. */
function bilateral(sel: Selection, layer: ItemLayer): boolean {
  if (layer !== 'channel-point' && layer !== 'extra-point') return true;
  const record = pointRecord(useAtlasStore.getState().data, sel.code);
  const site = sel.key ? record?.sites?.find((s) => s.key === sel.key) : undefined;
  const lat = site?.laterality ?? record?.laterality;
  // before the atlas data has loaded: the midline channels are the Governor and Conception vessels
  return lat ? lat === 'bilateral' : !/^(GV|CV)\d/.test(sel.code);
}

/** The sides an item picked at `sel` may take (L, R, both for bilateral items; M alone for midline points). */
export function sidesFor(sel: Selection): readonly ItemSide[] {
  const layer = planLayerOf(sel.code);
  if (!layer) return [];
  if ((layer === 'channel-point' || layer === 'extra-point') && !bilateral(sel, layer)) return ['M'];
  if (layer === 'nrt-zone' && !sel.code.startsWith('NRT-EAR')) return ['M'];
  return SIDES_BY_LAYER[layer].filter((s) => s !== 'M');
}

/** A new plan item for a selection (the layer's first technique; bilateral points on both sides unless `side`). */
export function planItemFor(sel: Selection, side?: ItemSide): PlanItem | null {
  const layer = planLayerOf(sel.code);
  if (!layer) return null;
  const item = newPlanItem(crypto.randomUUID(), sel, layer, bilateral(sel, layer));
  return side && sidesFor(sel).includes(side) ? { ...item, side } : item;
}

/** Adds the selected item to the open plan and says so; false when no plan is open or the item cannot be planned. */
export async function addSelectionToPlan(sel: Selection, side?: ItemSide): Promise<boolean> {
  const atlas = useAtlasStore.getState();
  if (!selectOpenPlan(useWorkspace.getState())) {
    atlas.notify('Open a plan in the workspace first, then add items to it.');
    return false;
  }
  const item = planItemFor(sel, side);
  if (!item) {
    atlas.notify(
      `${sel.code} is not something a plan can hold (a reference point of the dermatome map, or no item of the atlas).`,
    );
    return false;
  }
  const ok = await addPlanItem(item);
  if (ok) atlas.notify(`${item.code} added to the plan.`);
  return ok;
}
